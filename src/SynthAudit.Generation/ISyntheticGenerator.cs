using SynthAudit.Core.Csv;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Privacy;

namespace SynthAudit.Generation;

/// <summary>A differentially private synthetic data generator.</summary>
public interface ISyntheticGenerator
{
    /// <summary>The method id: <c>mst</c> or <c>aim</c>.</summary>
    string Method { get; }

    /// <summary>Generates synthetic rows from <paramref name="real"/> under <paramref name="domain"/> and the budget.</summary>
    GenerationResult Generate(CsvFile real, DomainSpec domain, GenerationOptions options, IDpRandom random, CancellationToken ct);
}
