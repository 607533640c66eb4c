using System.Collections.Immutable;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Provenance;
using SynthAudit.Core.Results.Compliance;
using SynthAudit.Core.Schema;

namespace SynthAudit.Core.Results;

/// <summary>Everything an audit produced: the model behind audit.json and every report.</summary>
/// <param name="SchemaVersion">The audit.json schema version (<see cref="CurrentSchemaVersion"/>).</param>
/// <param name="Tool">The tool and version.</param>
/// <param name="CreatedUtc">When the audit ran.</param>
/// <param name="Seed">The master seed.</param>
/// <param name="Inputs">Provenance of each input file.</param>
/// <param name="Schema">Column kinds and roles.</param>
/// <param name="Metrics">Every metric of the contract, skipped ones included.</param>
/// <param name="Summary">Verdicts and GDPR criteria.</param>
/// <param name="Warnings">Run-level warnings (dropped rows, excluded identifiers, small samples, ...).</param>
public sealed record AuditResult(int SchemaVersion, ToolInfo Tool, DateTimeOffset CreatedUtc, long Seed,
    ImmutableArray<InputInfo> Inputs, ImmutableArray<ColumnSchema> Schema, ImmutableArray<MetricResult> Metrics,
    AuditSummary Summary, ImmutableArray<string> Warnings)
{
    /// <summary>The audit.json schema version this build writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Every warning of the audit: the run-level ones, then each metric's own prefixed with its id. The console
    /// count and the reports' warning lists both use this list, so they agree.</summary>
    public IReadOnlyList<string> AllWarnings =>
        [.. Warnings, .. Metrics.SelectMany(m => m.Warnings.Select(w => m.Metric.Id + ": " + w))];

    /// <summary>A short name of the audited dataset, for report headers.</summary>
    public string DatasetName { get; init; } = "dataset";

    /// <summary>The command line that produced the audit, if known.</summary>
    public string? CommandLine { get; init; }

    /// <summary>Run settings worth recording (bootstrap resamples, confidence level, config file hash, ...).</summary>
    public ImmutableArray<KeyValuePair<string, string>> Settings { get; init; } = ImmutableArray<KeyValuePair<string, string>>.Empty;

    /// <summary>The differential-privacy guarantee of the synthetic data, when its dp.json was found.</summary>
    public DpGuarantee? DpGuarantee { get; init; }

    /// <summary>Why a dp.json card found next to the synthetic data does not apply to it (the file was changed after
    /// generation), or null. When set, <see cref="DpGuarantee"/> is null: the data carries no DP guarantee.</summary>
    public string? DpGuaranteeRejected { get; init; }

    /// <summary>The attacker model the audit assumed (declared or defaulted), or null when it was not recorded.</summary>
    public ThreatModel? ThreatModel { get; init; }

    /// <summary>The identifier scan (HIPAA Safe Harbor items, GDPR direct identifiers) of the real and synthetic data.</summary>
    public ImmutableArray<IdentifierFinding> IdentifierScan { get; init; } = ImmutableArray<IdentifierFinding>.Empty;

    /// <summary>The profile, the cited policy thresholds and the decision block of the reviewer's pages, or null.</summary>
    public ReviewContext? Review { get; init; }

    /// <summary>The result for a metric id, or null.</summary>
    public MetricResult? Find(string metricId) => Metrics.FirstOrDefault(m => string.Equals(m.Metric.Id, metricId, StringComparison.Ordinal));
}
