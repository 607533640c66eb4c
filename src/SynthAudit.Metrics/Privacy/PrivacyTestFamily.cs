using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The tests behind the privacy verdict, read as one family so that a safe release is marked with some finding in at
/// most 5 % of runs however many tests the verdict combines (weighted Bonferroni, one-sided).</summary>
/// <remarks>
/// <para>Every finding is one-sided: a lower interval end above its baseline. The family's 5 % is split in two halves. The
/// exact-replay test, the most specific evidence of a leak, takes one half: its reported 95 % Newcombe interval (one-sided
/// 2.5 %) is used as it is. The other half is shared by the <see cref="Size"/> other tests (each GDPR criterion and each
/// membership attack that ran): each one's interval is widened to the two-sided level <c>1 − 0.05/k</c> (one-sided
/// <c>2.5 %/k</c>) before asking whether it reaches its baseline.</para>
/// <para>Without this, six tests at 95 % each gave a safe release about a one-in-eight chance of being marked "fair"
/// (calibration suite, README). The reported intervals stay at 95 %; only the verdict's evidence test is widened, by rescaling
/// the normal-approximation half-width (<see cref="Multiplicity.WidenLow"/>); an interval that is already Bonferroni-adjusted
/// over several secrets or modes is widened from that simultaneous level, which keeps the family conservative. Thresholds for
/// "high" and "severe" keep the 95 % lower end: the correction guards against false alarms, never against flagging a leak.</para>
/// </remarks>
public static class PrivacyTestFamily
{
    /// <summary>The one-sided family-wise false-alarm rate of the privacy verdict.</summary>
    public const double FamilyFalseAlarm = 0.05;

    /// <summary>The number of tests, besides exact replay, that the verdict combines in <paramref name="results"/> (at least 1).</summary>
    public static int Size(IReadOnlyList<MetricResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var count = results.Count(r => r.Status == MetricStatus.Ok && r.Value is not null && r.Metric.Id
            is MetricIds.SinglingOutRisk or MetricIds.LinkabilityRisk or MetricIds.InferenceRisk
            or MetricIds.MiaDistanceAuc or MetricIds.MiaDensityAuc or MetricIds.MiaShadowAuc);
        return Math.Max(1, count);
    }

    /// <summary>The two-sided level at which each of <paramref name="size"/> non-replay tests is read.</summary>
    public static double PerTestLevel(int size) => Multiplicity.Level(0.95, size);

    /// <summary>The lower end of a 95 % <paramref name="ci"/> widened to <see cref="PerTestLevel"/> for <paramref name="size"/> tests.</summary>
    public static double EvidenceLow(double value, ConfidenceInterval? ci, int size) => Multiplicity.WidenLow(value, ci, size);
}
