using SynthAudit.Metrics.Privacy;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;

namespace SynthAudit.Auditing;

/// <summary>What an audit needs besides the real and synthetic tables: the holdout, the column roles, the seed and the
/// metrics to run. The defaults are those of <c>synthaudit audit</c>.</summary>
public sealed record AuditOptions
{
    /// <summary>Real rows the generator never saw; without them membership inference, DCR and the attack-based privacy
    /// metrics are skipped, and utility holds out 30 % of the real data.</summary>
    public TableSource? Holdout { get; init; }

    /// <summary>The target column for utility (TSTR vs TRTR) and fairness, or null.</summary>
    public string? Target { get; init; }

    /// <summary>Protected attributes for the fairness metrics.</summary>
    public IReadOnlyList<string> Sensitive { get; init; } = [];

    /// <summary>Columns left out of every metric.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Forced column kinds by name (otherwise inferred from the real data).</summary>
    public IReadOnlyDictionary<string, ColumnKind>? Kinds { get; init; }

    /// <summary>The master seed for every random choice; the same inputs and seed give the same numbers.</summary>
    public long Seed { get; init; }

    /// <summary>The most bootstrap resamples an audit accepts (memory and time grow with them).</summary>
    public const int MaxBootstrapResamples = 10_000;

    /// <summary>The fewest bootstrap resamples that give a usable interval. An audit with fewer runs, warns, and records the
    /// count (<c>settings.bootstrapResamples</c>); <c>gate</c> treats every bootstrap interval of such an audit as inconclusive.</summary>
    public const int MinUsableBootstrapResamples = 50;

    /// <summary>Bootstrap resamples for the confidence intervals: 1 to <see cref="MaxBootstrapResamples"/>; fewer than
    /// <see cref="MinUsableBootstrapResamples"/> give intervals that <c>gate</c> does not trust.</summary>
    public int BootstrapResamples { get; init; } = 200;

    /// <summary>Run even when the holdout repeats real rows beyond what duplicates within the real data explain (the
    /// holdout-based privacy metrics are then meaningless, and a warning says so); by default that is an error.</summary>
    public bool AllowOverlap { get; init; }

    /// <summary>The ids of the metrics to run (e.g. <c>fidelity.ks_complement</c>), or null for every metric.</summary>
    public IReadOnlyList<string>? Metrics { get; init; }

    /// <summary>How CSV sources are read (missing-value tokens, delimiter); the defaults when null.</summary>
    public CsvReadOptions? Csv { get; init; }

    /// <summary>A display name for the real dataset in reports; the real source's file name by default.</summary>
    public string? DatasetName { get; init; }

    /// <summary>The columns an attacker may know (<c>--quasi-identifiers</c>): the singling-out predicates, the inference
    /// attacker's auxiliary columns and linkability's first column set. Every column when empty (stated in the report).</summary>
    public IReadOnlyList<string> QuasiIdentifiers { get; init; } = [];

    /// <summary>The attributes to protect (<c>--secrets</c>): the inference targets.</summary>
    public IReadOnlyList<string> Secrets { get; init; } = [];

    /// <summary>The release context (<c>--release-context</c>): public, contract or internal; public is assumed when null.</summary>
    public string? ReleaseContext { get; init; }

    /// <summary>Where the marginal-based fidelity statistics are computed: in-process (default) or pushed down to DuckDB,
    /// which needs file sources (CSV or Parquet). The values agree to 1e-9 (docs/scale.md).</summary>
    public AuditEngine Engine { get; init; } = AuditEngine.InProcess;

    /// <summary>The Anonymeter-style attack settings (number of attacks, multivariate columns, query attempts, linkability
    /// column sets and k, inference secrets); the command's defaults when null. Explicit link columns and inference secrets
    /// here win over <see cref="QuasiIdentifiers"/> and <see cref="Secrets"/>.</summary>
    public AttackOptions? Attacks { get; init; }
}
