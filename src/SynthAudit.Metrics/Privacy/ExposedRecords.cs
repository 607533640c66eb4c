using System.Globalization;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The most exposed records of a release-level membership attack (issue 15): how many training records score above
/// what all but 1 % (0.1 %) of fresh records reach, against the count chance predicts, and the profile of the exposed
/// records over pooled categories. Never a record, a row index or a value of fewer than <see cref="MinimumCell"/> rows.</summary>
/// <remarks>
/// <para>A member (train row) is <i>exposed at FPR f</i> when its attack score reaches the threshold of
/// <see cref="LowFprOperatingPoint"/> at f: at most ⌊f·n₀⌋ of the n₀ fresh (holdout) rows score as high. Without leakage a
/// member is exposed with the same probability as a fresh row, so the expected count is the fresh rows' realised rate times
/// the members evaluated; the count's interval is Clopper–Pearson on the share, scaled to the members.</para>
/// <para>Profile: when at least <see cref="MinimumCell"/> members are exposed at 1 % FPR, each categorical column names the
/// level most over-represented among them (share among exposed versus share among all evaluated members), counting only
/// levels held by at least <see cref="MinimumCell"/> exposed members; a column without such a level is not shown. These are
/// aggregates of 10 or more real rows, as every report requires.</para>
/// </remarks>
public static class ExposedRecords
{
    /// <summary>The fewest real rows behind any shown share.</summary>
    public const int MinimumCell = 10;

    /// <summary>The false-positive rates at which exposure is counted.</summary>
    public static IReadOnlyList<double> Rates { get; } = [0.01, 0.001];

    /// <summary>Breakdown entries: the exposed counts with their chance expectation, then the profile.</summary>
    /// <param name="memberScores">Scores of the evaluated members (higher = more likely a member).</param>
    /// <param name="nonMemberScores">Scores of the fresh rows.</param>
    /// <param name="memberRows">The train row of each evaluated member, aligned with <paramref name="memberScores"/>.</param>
    /// <param name="train">The train table (categorical columns are profiled).</param>
    /// <param name="level">The interval level.</param>
    public static IReadOnlyList<BreakdownEntry> Entries(double[] memberScores, double[] nonMemberScores, int[] memberRows, Table train, double level)
    {
        ArgumentNullException.ThrowIfNull(memberScores);
        ArgumentNullException.ThrowIfNull(nonMemberScores);
        ArgumentNullException.ThrowIfNull(memberRows);
        ArgumentNullException.ThrowIfNull(train);
        var entries = new List<BreakdownEntry>();
        var scores = memberScores.Concat(nonMemberScores).ToArray();
        var labels = memberScores.Select(_ => true).Concat(nonMemberScores.Select(_ => false)).ToArray();
        bool[]? exposedAtOnePercent = null;
        foreach (var rate in Rates)
        {
            var point = LowFprOperatingPoint.At(scores, labels, rate, level);
            var expected = point.Negatives == 0 ? 0 : (double)point.FalsePositives / point.Negatives * point.Positives;
            var ci = point.TprCi is { } c ? new ConfidenceInterval(c.Low * point.Positives, c.High * point.Positives, c.Level) : (ConfidenceInterval?)null;
            entries.Add(new BreakdownEntry(string.Create(CultureInfo.InvariantCulture, $"exposed_records_at_fpr_{rate}"), point.TruePositives, ci, expected,
                string.Create(CultureInfo.InvariantCulture,
                    $"training records that score as high as all but {rate:0.#%} of fresh records ({point.TruePositives:N0} of {point.Positives:N0} evaluated); chance predicts {expected:0.#}")));
            if (exposedAtOnePercent is null)
            {
                exposedAtOnePercent = memberScores.Select(s => point.TruePositives > 0 && s >= point.Threshold).ToArray();
            }
        }

        entries.AddRange(Profile(exposedAtOnePercent!, memberRows, train));
        return entries;
    }

    private static IEnumerable<BreakdownEntry> Profile(bool[] exposed, int[] memberRows, Table train)
    {
        var exposedCount = exposed.Count(e => e);
        if (exposedCount < MinimumCell)
        {
            yield break;
        }

        foreach (var column in train.Columns.OfType<CategoricalColumn>())
        {
            var all = new int[column.Levels.Length + 1];
            var hit = new int[column.Levels.Length + 1];
            for (var i = 0; i < memberRows.Length; i++)
            {
                var code = column.Codes[memberRows[i]];
                var slot = code < 0 ? column.Levels.Length : code;
                all[slot]++;
                if (exposed[i])
                {
                    hit[slot]++;
                }
            }

            var best = -1;
            var bestLift = 1.0;
            for (var slot = 0; slot < all.Length; slot++)
            {
                if (hit[slot] < MinimumCell || all[slot] == 0)
                {
                    continue;
                }

                var lift = (double)hit[slot] / exposedCount / ((double)all[slot] / memberRows.Length);
                if (lift > bestLift)
                {
                    best = slot;
                    bestLift = lift;
                }
            }

            if (best < 0)
            {
                continue;
            }

            var name = best == column.Levels.Length ? "(missing)" : column.Levels[best];
            var share = (double)hit[best] / exposedCount;
            var baseline = (double)all[best] / memberRows.Length;
            yield return new BreakdownEntry("exposed_profile." + column.Name, share, Baseline: baseline, Note: string.Create(CultureInfo.InvariantCulture,
                $"{column.Name} = {name}: {share:0.0%} of the {exposedCount:N0} records exposed at 1% FPR, {baseline:0.0%} of all evaluated training records"));
        }
    }
}
