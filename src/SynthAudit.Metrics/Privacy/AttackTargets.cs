using System.Globalization;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The target records of the linkability and inference attacks: equal numbers drawn without replacement from train
/// (main attack) and from the holdout (control attack), seeded per metric.</summary>
internal sealed record AttackTargets(int[] Train, int[] Holdout)
{
    public int Count => Train.Length;

    public static AttackTargets Draw(AuditInput input, MetricContext context, string metricId, int attacks)
    {
        var n = Math.Min(attacks, Math.Min(input.Real.RowCount, input.Holdout!.RowCount));
        var train = context.RandomFor(metricId, "targets/train").SampleWithoutReplacement(input.Real.RowCount, n);
        var holdout = context.RandomFor(metricId, "targets/holdout").SampleWithoutReplacement(input.Holdout.RowCount, n);
        return new AttackTargets(train, holdout);
    }

    /// <summary>The target samples (train and holdout), for <see cref="MetricResult.Sampling"/>.</summary>
    public System.Collections.Immutable.ImmutableArray<SampleSize> Samples(AuditInput input) =>
        Running.SampleSizes.Subsamples(new SampleSize("train target rows", Count, input.Real.RowCount),
            new SampleSize("holdout target rows", Holdout.Length, input.Holdout!.RowCount));

    public string Note(int attacks) => Count < attacks
        ? string.Create(CultureInfo.InvariantCulture, $"{Count} targets per side (fewer than the default {attacks}: every row of the smaller of train and holdout)")
        : string.Create(CultureInfo.InvariantCulture, $"{Count} targets from train and {Count} from the holdout");
}
