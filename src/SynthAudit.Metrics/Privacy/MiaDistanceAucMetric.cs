using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Neighbors;

namespace SynthAudit.Metrics.Privacy;

/// <summary><c>privacy.mia_distance_auc</c>: how well closeness to the synthetic data tells train rows (members) from holdout rows.</summary>
/// <remarks>Definition (docs/metrics.md 4.4a): members = train rows, non-members = holdout rows, equal counts
/// <c>m = min(n_T, n_H, 5000)</c> drawn without replacement (seeded); score = −(Gower distance to the closest synthetic row).
/// Value: ROC AUC with ties (0.5 = no signal) and its DeLong interval. Breakdown: TPR at FPR 0.01 and 0.1 and the advantage
/// max(TPR − FPR), and the most exposed records (<see cref="ExposedRecords"/>). 5000 per side (instead of the usual 1000) because the exact search is fast; the DeLong interval is then
/// about ±0.011 wide.</remarks>
public sealed class MiaDistanceAucMetric : IMetric
{
    /// <summary>The largest number of members (and of non-members) evaluated.</summary>
    public const int MaxEvaluated = 5000;

    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.MiaDistanceAuc;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (input.Holdout is null)
        {
            return MetricResult.Skipped(Descriptor, "needs --holdout");
        }

        if (PrivacyData.CannotRun(input, needsHoldout: true) is { } reason)
        {
            return MetricResult.Skipped(Descriptor, reason);
        }

        var data = PrivacyData.For(input, context);
        var nT = input.Real.RowCount;
        var nH = input.Holdout.RowCount;
        var m = Math.Min(Math.Min(nT, nH), MaxEvaluated);
        var members = context.RandomFor(Descriptor.Id, "members").SampleWithoutReplacement(nT, m);
        var nonMembers = context.RandomFor(Descriptor.Id, "non-members").SampleWithoutReplacement(nH, m);
        var options = context.ParallelOptions(ct);
        var memberScores = Negate(NearestNeighbors.Search(data.Train, data.Synthetic, 1, members, options: options).Column(0));
        var nonMemberScores = Negate(NearestNeighbors.Search(data.Holdout!, data.Synthetic, 1, nonMembers, options: options).Column(0));
        var warnings = new List<string>();
        if (PrivacyData.SmallHoldoutWarning(input) is { } small)
        {
            warnings.Add(small);
        }

        var note = m < Math.Min(nT, nH)
            ? string.Create(CultureInfo.InvariantCulture, $"evaluated on {m} of {Math.Min(nT, nH)} possible rows per side (cap {MaxEvaluated})")
            : "every holdout row evaluated";
        var exposed = ExposedRecords.Entries(memberScores, nonMemberScores, members, input.Real, context.ConfidenceLevel);
        return MembershipRoc.Result(Descriptor, memberScores, nonMemberScores, context.ConfidenceLevel,
            [new BreakdownEntry("sampling", m, Note: note), .. exposed], warnings) with
        {
            Sampling = Running.SampleSizes.Subsamples(new SampleSize("train rows (members)", m, nT), new SampleSize("holdout rows (non-members)", m, nH)),
        };
    }

    private static double[] Negate(double[] d)
    {
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = -d[i];
        }

        return d;
    }
}
