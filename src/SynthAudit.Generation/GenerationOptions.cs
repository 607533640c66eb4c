using SynthAudit.Generation.Privacy;

namespace SynthAudit.Generation;

/// <summary>The settings of one generation run.</summary>
public sealed record GenerationOptions
{
    /// <summary>The most rows a run may write.</summary>
    public const int MaxRows = 10_000_000;

    /// <summary>The privacy budget.</summary>
    public required PrivacyBudget Budget { get; init; }

    /// <summary>A user-given (public) row count; null = the noisy estimate N̂.</summary>
    public int? Rows { get; init; }

    /// <summary>The seed of a reproducible (NOT private) run; null = the OS CSPRNG.</summary>
    public long? Seed { get; init; }

    /// <summary>The SHA-256 of the domain file (null when the domain was learned).</summary>
    public string? DomainSha256 { get; init; }

    /// <summary>The mirror-descent iterations of the final estimate.</summary>
    public int Iterations { get; init; } = 3000;

    /// <summary>The tool version written into the card.</summary>
    public string ToolVersion { get; init; } = string.Empty;
}
