using SynthAudit.Core.Csv;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Privacy;

namespace SynthAudit.Generation.Mechanisms;

/// <summary>The AIM generator: see <see cref="AimMechanism"/>.</summary>
public sealed class AimGenerator : ISyntheticGenerator
{
    private readonly AimSettings? _settings;

    /// <summary>Creates the generator with the default settings.</summary>
    public AimGenerator()
    {
    }

    internal AimGenerator(AimSettings settings) => _settings = settings;

    /// <inheritdoc />
    public string Method => "aim";

    /// <inheritdoc />
    public GenerationResult Generate(CsvFile real, DomainSpec? domain, GenerationOptions options, IDpRandom random, CancellationToken ct) =>
        GenerationPipeline.Run(real, domain, options, random, Method,
            data => AimMechanism.Run(data, _settings ?? new AimSettings { FinalIterations = options.Iterations }, ct), ct);
}
