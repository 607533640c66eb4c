using System.Collections.Immutable;
using SynthAudit.Core.Provenance;
using SynthAudit.Core.Results;
using SynthAudit.Core.Results.Compliance;

namespace SynthAudit.Metrics.Running;

/// <summary>What the runner records about where an audit's inputs came from.</summary>
/// <param name="Inputs">Each input file with its hash.</param>
/// <param name="CreatedUtc">When the audit ran (the only field allowed to differ between identical runs).</param>
public sealed record AuditProvenance(ImmutableArray<InputInfo> Inputs, DateTimeOffset CreatedUtc)
{
    /// <summary>A short dataset name for report headers.</summary>
    public string DatasetName { get; init; } = "dataset";

    /// <summary>The command line, if known.</summary>
    public string? CommandLine { get; init; }

    /// <summary>Warnings raised before the metrics ran (reading, schema inference, alignment).</summary>
    public ImmutableArray<string> Warnings { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Settings worth recording.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Settings { get; init; } = ImmutableArray<KeyValuePair<string, string>>.Empty;

    /// <summary>The DP guarantee of the synthetic data, if its dp.json was found.</summary>
    public DpGuarantee? DpGuarantee { get; init; }

    /// <summary>Why a dp.json card found next to the synthetic data does not apply to it, or null.</summary>
    public string? DpGuaranteeRejected { get; init; }

    /// <summary>The attacker model the audit assumed.</summary>
    public ThreatModel? ThreatModel { get; init; }

    /// <summary>The identifier scan of the real and synthetic data.</summary>
    public ImmutableArray<IdentifierFinding> IdentifierScan { get; init; } = ImmutableArray<IdentifierFinding>.Empty;

    /// <summary>The profile, policy thresholds and decision block for the reviewer's pages.</summary>
    public ReviewContext? Review { get; init; }
}
