using SynthAudit.Core.Csv;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Privacy;

namespace SynthAudit.Generation.Mechanisms;

/// <summary>The MST generator (the default): see <see cref="MstMechanism"/>.</summary>
public sealed class MstGenerator : ISyntheticGenerator
{
    /// <inheritdoc />
    public string Method => "mst";

    /// <inheritdoc />
    public GenerationResult Generate(CsvFile real, DomainSpec domain, GenerationOptions options, IDpRandom random, CancellationToken ct) =>
        GenerationPipeline.Run(real, domain, options, random, Method, data => MstMechanism.Run(data, options.Iterations, ct), ct);
}
