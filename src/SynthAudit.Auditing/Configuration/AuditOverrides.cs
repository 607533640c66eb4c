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

    /// <summary>Attacks per side for singling out, linkability and inference (<c>--attacks</c>).</summary>
    public int? Attacks { get; init; }

    /// <summary>Columns per multivariate singling-out query (<c>--multivariate-columns</c>).</summary>
    public int? MultivariateColumns { get; init; }

    /// <summary>Candidate queries tried per singling-out query wanted (<c>--query-attempts</c>).</summary>
    public int? QueryAttempts { get; init; }

    /// <summary>Linkability dataset A's columns (<c>--link-a</c>).</summary>
    public ImmutableArray<string>? LinkA { get; init; }

    /// <summary>Linkability dataset B's columns (<c>--link-b</c>).</summary>
    public ImmutableArray<string>? LinkB { get; init; }

    /// <summary>Linkability neighbours compared (<c>--link-k</c>).</summary>
    public int? LinkK { get; init; }

    /// <summary>Inference secret columns (<c>--inference-secrets</c>).</summary>
    public ImmutableArray<string>? InferenceSecrets { get; init; }

    /// <summary>The CSV delimiter, if given.</summary>
    public char? Delimiter { get; init; }

    /// <summary><c>--quasi-identifiers</c>.</summary>
    public ImmutableArray<string>? QuasiIdentifiers { get; init; }

    /// <summary><c>--secrets</c>.</summary>
    public ImmutableArray<string>? Secrets { get; init; }

    /// <summary><c>--release-context</c>.</summary>
    public string? ReleaseContext { get; init; }

    /// <summary><c>--profile</c>.</summary>
    public string? Profile { get; init; }

    /// <summary><c>--policy</c>.</summary>
    public string? Policy { get; init; }
}
