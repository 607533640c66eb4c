namespace SynthAudit.Auditing.Pipeline;

/// <summary>Everything the user asked an audit to do.</summary>
internal sealed record AuditRequest
{
    public required string RealPath { get; init; }

    public required string SyntheticPath { get; init; }

    public string? HoldoutPath { get; init; }

    /// <summary>Where the real table comes from; null reads <see cref="RealPath"/> as a file (the command line's case).</summary>
    public TableSource? RealSource { get; init; }

    /// <summary>Where the synthetic table comes from; null reads <see cref="SyntheticPath"/> as a file.</summary>
    public TableSource? SyntheticSource { get; init; }

    /// <summary>Where the holdout table comes from; null reads <see cref="HoldoutPath"/> as a file when it is set.</summary>
    public TableSource? HoldoutSource { get; init; }

    /// <summary>The metric ids to run, in registry order; null runs every metric.</summary>
    public IReadOnlyList<string>? Metrics { get; init; }

    public string? Target { get; init; }

    public IReadOnlyList<string> Sensitive { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public string? ConfigPath { get; init; }

    /// <summary>CSV reading options (missing-value tokens, delimiter) from the audit config; default when null.</summary>
    public Core.Csv.CsvReadOptions? CsvOptions { get; init; }

    /// <summary>Forced column kinds from the audit config.</summary>
    public System.Collections.Immutable.ImmutableDictionary<string, Core.Data.ColumnKind>? Kinds { get; init; }

    public long Seed { get; init; }

    /// <summary>Run even when the holdout repeats real rows beyond what duplicates explain (<c>--allow-overlap</c>); the
    /// overlap becomes a loud warning instead of an error.</summary>
    public bool AllowOverlap { get; init; }

    public int BootstrapResamples { get; init; } = 200;

    /// <summary>Where the marginal-based fidelity statistics are computed (<c>--engine</c>).</summary>
    public AuditEngine Engine { get; init; } = AuditEngine.InProcess;

    /// <summary>The settings of the singling-out, linkability and inference attacks.</summary>
    public SynthAudit.Metrics.Privacy.AttackOptions Attacks { get; init; } = SynthAudit.Metrics.Privacy.AttackOptions.Default;

    /// <summary>The declared (or assumed) attacker model; its columns are checked against the real data before any work.</summary>
    public Core.Results.Compliance.ThreatModel? ThreatModel { get; init; }

    /// <summary>The profile, policy pack and decision block of the reviewer's pages (thresholds are evaluated after the run).</summary>
    public Compliance.ReviewRequest? Review { get; init; }

    public string? CommandLine { get; init; }

    /// <summary>A display name for the real dataset; defaults to the real file's name.</summary>
    public string? DatasetName { get; init; }

    /// <summary>The audit-trail ledger to append a record to, or null to record nothing (<c>--no-ledger</c>, demo).</summary>
    public string? LedgerPath { get; init; }

    /// <summary>The real table's source.</summary>
    public TableSource Real => RealSource ?? TableSource.FromFile(RealPath);

    /// <summary>The synthetic table's source.</summary>
    public TableSource Synthetic => SyntheticSource ?? TableSource.FromFile(SyntheticPath);

    /// <summary>The holdout table's source, if there is one.</summary>
    public TableSource? Holdout => HoldoutSource ?? (HoldoutPath is null ? null : TableSource.FromFile(HoldoutPath));

    /// <summary>A shadow-model attack on the generator to add to the privacy family (<c>audit --generator</c> or
    /// <c>--builtin</c>); its real and holdout paths are the audit's.</summary>
    public Attacking.AttackRequest? ShadowAttack { get; init; }
}
