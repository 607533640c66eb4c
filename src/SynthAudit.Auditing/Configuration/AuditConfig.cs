using System.Collections.Immutable;

namespace SynthAudit.Auditing.Configuration;

/// <summary>The contents of an audit config file (<c>--config audit.yml</c>); every setting is optional.</summary>
/// <remarks>Command-line options win over the file: see <see cref="AuditConfigLoader.Merge"/>.</remarks>
internal sealed record AuditConfig
{
    /// <summary>The master seed (<c>seed</c>).</summary>
    public long? Seed { get; init; }

    /// <summary>Bootstrap resamples for confidence intervals (<c>bootstrap-resamples</c>).</summary>
    public int? BootstrapResamples { get; init; }

    /// <summary>The target column (<c>target</c>).</summary>
    public string? Target { get; init; }

    /// <summary>Protected attributes (<c>sensitive</c>).</summary>
    public ImmutableArray<string> Sensitive { get; init; } = [];

    /// <summary>Columns left out of every metric (<c>exclude</c>).</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];

    /// <summary>Tokens read as missing (<c>missing-values</c>); null keeps the default list.</summary>
    public ImmutableArray<string>? MissingValues { get; init; }

    /// <summary>The CSV delimiter (<c>delimiter</c>); null detects it.</summary>
    public char? Delimiter { get; init; }

    /// <summary>Attacks per side for singling out, linkability and inference (<c>attacks</c>).</summary>
    public int? Attacks { get; init; }

    /// <summary>Columns per multivariate singling-out query (<c>multivariate-columns</c>).</summary>
    public int? MultivariateColumns { get; init; }

    /// <summary>Candidate queries tried per singling-out query wanted (<c>query-attempts</c>).</summary>
    public int? QueryAttempts { get; init; }

    /// <summary>Linkability dataset A's columns (<c>link-a</c>).</summary>
    public ImmutableArray<string>? LinkA { get; init; }

    /// <summary>Linkability dataset B's columns (<c>link-b</c>).</summary>
    public ImmutableArray<string>? LinkB { get; init; }

    /// <summary>Linkability neighbours compared (<c>link-k</c>).</summary>
    public int? LinkK { get; init; }

    /// <summary>Inference secret columns (<c>inference-secrets</c>).</summary>
    public ImmutableArray<string>? InferenceSecrets { get; init; }

    /// <summary>The columns an attacker may know (<c>quasi-identifiers</c>).</summary>
    public ImmutableArray<string>? QuasiIdentifiers { get; init; }

    /// <summary>The columns to protect, the inference targets (<c>secrets</c>).</summary>
    public ImmutableArray<string>? Secrets { get; init; }

    /// <summary>public, contract or internal (<c>release-context</c>).</summary>
    public string? ReleaseContext { get; init; }

    /// <summary>gdpr, hipaa or internal (<c>profile</c>): the policy pack and the report's appendices.</summary>
    public string? Profile { get; init; }

    /// <summary>A policy file whose cited thresholds the report shows (<c>policy</c>); wins over the profile's pack.</summary>
    public string? Policy { get; init; }

    /// <summary>The reviewer's decision block (<c>decision</c>: reviewer, role, date, decision, conditions).</summary>
    public SynthAudit.Core.Results.Compliance.ReviewDecision? Decision { get; init; }

    /// <summary>Per-column kind and role (<c>columns</c>), in file order.</summary>
    public ImmutableDictionary<string, ColumnConfig> Columns { get; init; } = ImmutableDictionary<string, ColumnConfig>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>An empty config: everything inferred or from the command line.</summary>
    public static AuditConfig Empty { get; } = new();
}
