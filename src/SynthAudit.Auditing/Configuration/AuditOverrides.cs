using System.Collections.Immutable;

namespace SynthAudit.Auditing.Configuration;

/// <summary>The audit settings given on the command line; null (or default) means "not given".</summary>
internal sealed record AuditOverrides
{
    /// <summary><c>--seed</c>.</summary>
    public long? Seed { get; init; }

    /// <summary><c>--bootstrap-resamples</c>, if the command has it.</summary>
    public int? BootstrapResamples { get; init; }

    /// <summary><c>--target</c>.</summary>
    public string? Target { get; init; }

    /// <summary><c>--sensitive</c> (replaces the config's sensitive columns when given).</summary>
    public ImmutableArray<string>? Sensitive { get; init; }

    /// <summary><c>--exclude</c> (replaces the config's excluded columns when given).</summary>
    public ImmutableArray<string>? Exclude { get; init; }

    /// <summary>Missing-value tokens, if given.</summary>
    public ImmutableArray<string>? MissingValues { get; init; }

    /// <summary>The CSV delimiter, if given.</summary>
    public char? Delimiter { get; init; }
}
