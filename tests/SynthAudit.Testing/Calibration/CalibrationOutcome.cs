using SynthAudit.Core.Results;
using SynthAudit.Metrics.Privacy;

namespace SynthAudit.Testing.Calibration;

/// <summary>The verdict an audit gave on one calibration case and seed.</summary>
/// <param name="Dataset">adult or german-credit.</param>
/// <param name="Case">The case name.</param>
/// <param name="Seed">The seed of the split, the generator and the audit.</param>
/// <param name="Summary">The summary block (privacy verdict, GDPR levels, membership).</param>
/// <param name="Replay">The replay test, if it ran.</param>
public sealed record CalibrationOutcome(string Dataset, string Case, int Seed, AuditSummary Summary, ReplayAssessment? Replay)
{
    /// <summary>The privacy verdict (good, fair, poor).</summary>
    public string Privacy => Summary.Families.Single(f => f.Family == Core.Metrics.MetricFamily.Privacy).Verdict;

    /// <summary>The level of a GDPR criterion (singling_out, linkability, inference).</summary>
    public string Level(string criterion) => Summary.Gdpr.Single(g => g.Criterion == criterion).Level;

    /// <summary>Whether every GDPR criterion has <paramref name="level"/>.</summary>
    public bool All(string level) => Summary.Gdpr.All(g => g.Level == level);

    /// <summary>Whether membership inference found evidence (an AUC interval above 0.5).</summary>
    public bool MembershipEvidence => Summary.Membership is { } m && !m.StartsWith("no evidence", StringComparison.Ordinal);

    /// <summary>A one-line description for test messages and the table.</summary>
    public override string ToString() =>
        $"{Dataset} {Case} seed {Seed}: privacy {Privacy}; " + string.Join(", ", Summary.Gdpr.Select(g => FormattableString.Invariant($"{g.Criterion} {g.Level} {g.Risk:0.000} [{g.Ci?.Low:0.000}, {g.Ci?.High:0.000}]")))
        + "; membership " + (MembershipEvidence ? "evidence" : "none") + " (" + Summary.Membership?.Split("; the shadow")[0] + ")" + "; replay " + (Replay?.Level ?? "n/a")
        + (Replay is { } r ? FormattableString.Invariant($" {r.Replayed} vs {r.Expected:0.0} [{r.Ci.Low:0.0000}, {r.Ci.High:0.0000}]") : string.Empty);
}
