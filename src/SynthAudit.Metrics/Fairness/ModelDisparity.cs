using System.Collections.Immutable;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Statistics;
using SynthAudit.Metrics.Utility;

namespace SynthAudit.Metrics.Fairness;

/// <summary>Group error rates of the TRTR and TSTR models on the holdout, with paired stratified bootstrap replicates.</summary>
/// <remarks>Shared by <c>fairness.equalized_odds_gap</c> and <c>fairness.bias_amplification</c>. A row is predicted positive
/// when its score is at least the threshold of <see cref="HoldoutPredictions"/>. Eligible groups (docs/metrics.md 5.5): not pooled,
/// at least 30 scored rows, at least 5 actual positives and 5 negatives. Bootstrap: each replicate resamples the scored rows of
/// every cell with replacement at its own size and scores both models on the same rows (paired), so group sizes are fixed.
/// The models are not refitted: the CI covers holdout sampling only, not training randomness.</remarks>
internal sealed class ModelDisparity
{
    private ModelDisparity(ImmutableArray<GroupingOdds> groupings, int headline, double[] headlineReplicates, int unassigned)
    {
        Groupings = groupings;
        Headline = headline;
        HeadlineReplicates = headlineReplicates;
        UnassignedRows = unassigned;
    }

    /// <summary>Per grouping, in grouping order.</summary>
    public ImmutableArray<GroupingOdds> Groupings { get; }

    /// <summary>The grouping with the largest absolute EOD change, or -1.</summary>
    public int Headline { get; }

    /// <summary>Bootstrap replicates of the headline EOD change.</summary>
    public double[] HeadlineReplicates { get; }

    /// <summary>Scored rows whose protected combination appears in neither the real nor the synthetic data (left out).</summary>
    public int UnassignedRows { get; }

    /// <summary>The analysis key (argument: the options and the predictions, equal when they are the same arrays): one per
    /// input set, options and predictions.</summary>
    private static AnalysisKey<(FairnessOptions Options, HoldoutPredictions Predictions), ModelDisparity> Key { get; } =
        new("fairness.models", AnalysisScope.InputSet,
            (a, arg, ct) => Compute(arg.Predictions, a.Context, ProtectedGroups.For(a.Input, a.Context, arg.Options), arg.Options, ct));

    /// <summary>The shared analysis for these predictions (the utility models' shared predictions, or any given ones).</summary>
    public static ModelDisparity For(AuditInput input, HoldoutPredictions predictions, MetricContext context, FairnessOptions options,
        CancellationToken ct) =>
        context.Analyses(input).Get(Key, (options, predictions), ct);

    /// <summary>Computes the analysis.</summary>
    public static ModelDisparity Compute(HoldoutPredictions predictions, MetricContext context, ProtectedGroups groups,
        FairnessOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        var n = predictions.Rows.Length;
        var evaluationCells = groups.EncodeCells(predictions.Evaluation);
        var cells = groups.CellCount;
        var rowCell = new int[n];
        var outcome = new byte[n];
        var unassigned = 0;
        var members = new List<int>[cells];
        for (var c = 0; c < cells; c++)
        {
            members[c] = [];
        }

        for (var i = 0; i < n; i++)
        {
            rowCell[i] = evaluationCells[predictions.Rows[i]];
            var actual = predictions.Actual[i] ? 1 : 0;
            var trtr = predictions.TrtrScores[i] >= predictions.Threshold ? 1 : 0;
            var tstr = predictions.TstrScores[i] >= predictions.Threshold ? 1 : 0;
            outcome[i] = (byte)((actual << 2) | (trtr << 1) | tstr);
            if (rowCell[i] < 0)
            {
                unassigned++;
            }
            else
            {
                members[rowCell[i]].Add(i);
            }
        }

        var cellRows = members.Select(m => m.ToArray()).ToArray();
        var counts = new int[cells * 8];
        for (var i = 0; i < n; i++)
        {
            if (rowCell[i] >= 0)
            {
                counts[rowCell[i] * 8 + outcome[i]]++;
            }
        }

        var count = groups.Groupings.Length;
        var eligible = new bool[count][];
        for (var g = 0; g < count; g++)
        {
            eligible[g] = Eligible(groups.Groupings[g], counts, options);
        }

        var b = context.BootstrapResamples;
        var reps = new double[count][][];
        for (var g = 0; g < count; g++)
        {
            reps[g] = [new double[b], new double[b], new double[b], new double[b], new double[b], new double[b]];
        }

        Parallel.For(0, b, context.ParallelOptions(ct), r =>
        {
            var random = context.RandomFor(MetricIds.EqualizedOddsGap, "bootstrap", r);
            var replicate = new int[cells * 8];
            for (var c = 0; c < cells; c++)
            {
                var rows = cellRows[c];
                for (var j = 0; j < rows.Length; j++)
                {
                    replicate[c * 8 + outcome[rows[random.NextInt(rows.Length)]]]++;
                }
            }

            for (var g = 0; g < count; g++)
            {
                var s = Statistics(groups.Groupings[g], replicate, eligible[g]);
                reps[g][0][r] = s.TrtrOdds.EqualizedOdds;
                reps[g][1][r] = s.TstrOdds.EqualizedOdds;
                reps[g][2][r] = s.TrtrOdds.TprGap;
                reps[g][3][r] = s.TstrOdds.TprGap;
                reps[g][4][r] = s.TrtrSelection;
                reps[g][5][r] = s.TstrSelection;
            }
        });

        var builder = ImmutableArray.CreateBuilder<GroupingOdds>(count);
        for (var g = 0; g < count; g++)
        {
            var grouping = groups.Groupings[g];
            var s = Statistics(grouping, counts, eligible[g]);
            var groupOfRow = new int[n];
            for (var i = 0; i < n; i++)
            {
                groupOfRow[i] = rowCell[i] < 0 ? -1 : grouping.CellToGroup[rowCell[i]];
            }

            builder.Add(new GroupingOdds
            {
                Grouping = grouping,
                Rows = [.. s.Trtr.Select(c => c.TruePositives + c.FalseNegatives + c.FalsePositives + c.TrueNegatives)],
                Positives = [.. s.Trtr.Select(c => c.TruePositives + c.FalseNegatives)],
                Eligible = eligible[g],
                Trtr = s.Trtr,
                Tstr = s.Tstr,
                TrtrAuc = GroupAuc(grouping, groupOfRow, predictions.TrtrScores, predictions.Actual, eligible[g], context.ConfidenceLevel),
                TstrAuc = GroupAuc(grouping, groupOfRow, predictions.TstrScores, predictions.Actual, eligible[g], context.ConfidenceLevel),
                TrtrOdds = s.TrtrOdds,
                TstrOdds = s.TstrOdds,
                TrtrSelectionDpd = s.TrtrSelection,
                TstrSelectionDpd = s.TstrSelection,
                TrtrEodReplicates = reps[g][0],
                TstrEodReplicates = reps[g][1],
                TrtrOppReplicates = reps[g][2],
                TstrOppReplicates = reps[g][3],
                TrtrSelectionReplicates = reps[g][4],
                TstrSelectionReplicates = reps[g][5],
            });
        }

        var all = builder.ToImmutable();
        var headline = LabelDisparity.Select(all.Select(o => o.IsDefined ? o.Change : double.NaN).ToArray());
        // As for the label level: the headline's interval is its grouping's own interval, the one its breakdown row shows.
        var headlineReplicates = headline < 0
            ? new double[b].Select(_ => double.NaN).ToArray()
            : GroupingOdds.Difference(all[headline].TstrEodReplicates, all[headline].TrtrEodReplicates);
        return new ModelDisparity(all, headline, headlineReplicates, unassigned);
    }

    private static bool[] Eligible(Grouping grouping, int[] counts, FairnessOptions options)
    {
        var (trtr, _) = Confusions(grouping, counts);
        var eligible = new bool[grouping.Count];
        for (var g = 0; g < eligible.Length; g++)
        {
            var c = trtr[g];
            var positives = c.TruePositives + c.FalseNegatives;
            var negatives = c.FalsePositives + c.TrueNegatives;
            eligible[g] = g != grouping.OtherGroup && positives + negatives >= options.MinGroupSize
                && positives >= options.MinClassCount && negatives >= options.MinClassCount;
        }

        return eligible;
    }

    private static (GroupConfusion[] Trtr, GroupConfusion[] Tstr) Confusions(Grouping grouping, int[] counts)
    {
        var perGroup = new int[grouping.Count * 8];
        for (var c = 0; c < grouping.CellToGroup.Length; c++)
        {
            var g = grouping.CellToGroup[c];
            for (var k = 0; k < 8; k++)
            {
                perGroup[g * 8 + k] += counts[c * 8 + k];
            }
        }

        var trtr = new GroupConfusion[grouping.Count];
        var tstr = new GroupConfusion[grouping.Count];
        for (var g = 0; g < grouping.Count; g++)
        {
            // Outcome bits: actual << 2 | trtr prediction << 1 | tstr prediction.
            int At(int actual, int trtrPred, int tstrPred) => perGroup[g * 8 + ((actual << 2) | (trtrPred << 1) | tstrPred)];
            int Trtr(int actual, int pred) => At(actual, pred, 0) + At(actual, pred, 1);
            int Tstr(int actual, int pred) => At(actual, 0, pred) + At(actual, 1, pred);
            trtr[g] = new GroupConfusion(Trtr(1, 1), Trtr(1, 0), Trtr(0, 1), Trtr(0, 0));
            tstr[g] = new GroupConfusion(Tstr(1, 1), Tstr(1, 0), Tstr(0, 1), Tstr(0, 0));
        }

        return (trtr, tstr);
    }

    private static (GroupConfusion[] Trtr, GroupConfusion[] Tstr, (double EqualizedOdds, double TprGap, double FprGap) TrtrOdds,
        (double EqualizedOdds, double TprGap, double FprGap) TstrOdds, double TrtrSelection, double TstrSelection)
        Statistics(Grouping grouping, int[] counts, bool[] eligible)
    {
        var (trtr, tstr) = Confusions(grouping, counts);
        var trtrUsed = trtr.Where((_, g) => eligible[g]).ToArray();
        var tstrUsed = tstr.Where((_, g) => eligible[g]).ToArray();
        var trtrSelection = DisparityStatistics.ParityDifference([.. trtrUsed.Select(c => c.SelectionRate)]);
        var tstrSelection = DisparityStatistics.ParityDifference([.. tstrUsed.Select(c => c.SelectionRate)]);
        return (trtr, tstr, DisparityStatistics.EqualizedOdds(trtrUsed), DisparityStatistics.EqualizedOdds(tstrUsed), trtrSelection, tstrSelection);
    }

    private static (double Auc, ConfidenceInterval? Ci)[] GroupAuc(Grouping grouping, int[] groupOfRow, double[] scores, bool[] actual,
        bool[] eligible, double level)
    {
        var result = new (double Auc, ConfidenceInterval? Ci)[grouping.Count];
        for (var g = 0; g < grouping.Count; g++)
        {
            if (!eligible[g])
            {
                result[g] = (double.NaN, null);
                continue;
            }

            var s = new List<double>();
            var y = new List<bool>();
            for (var i = 0; i < groupOfRow.Length; i++)
            {
                if (groupOfRow[i] == g)
                {
                    s.Add(scores[i]);
                    y.Add(actual[i]);
                }
            }

            result[g] = RocAuc.WithInterval(s.ToArray(), y.ToArray(), level);
        }

        return result;
    }
}
