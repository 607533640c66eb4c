namespace SynthAudit.Auditing;

/// <summary>How <see cref="DpGenerator"/> makes a differentially private synthetic table (the options of <c>synthaudit generate</c>).</summary>
public sealed record DpGeneratorOptions
{
    /// <summary>The privacy budget ε, in (0, 100].</summary>
    public required double Epsilon { get; init; }

    /// <summary>δ, in (0, 0.001) and below 1/rows; the command's default (1e-9) when null.</summary>
    public double? Delta { get; init; }

    /// <summary><c>mst</c> (default, fast) or <c>aim</c> (adaptive, more faithful, slower).</summary>
    public string Method { get; init; } = "mst";

    /// <summary>A public domain file (YAML, docs/dp-generator.md); without one, 10 % of the budget learns the domain.</summary>
    public string? DomainPath { get; init; }

    /// <summary>Rows to write; the real row count when null.</summary>
    public int? Rows { get; init; }

    /// <summary>A seed for a reproducible run. A seeded run is NOT private (its card and every report say so); leave null
    /// for a release.</summary>
    public long? Seed { get; init; }
}
