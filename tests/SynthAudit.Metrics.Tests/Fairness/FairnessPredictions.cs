using SynthAudit.Core.Data;
using SynthAudit.Metrics.Utility;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fairness;

/// <summary>Hand-built holdout predictions with exact per-group confusion counts for both models.</summary>
internal static class FairnessPredictions
{
    /// <summary>One group's counts: TRTR (TP, FN, FP, TN) and TSTR (TP, FN, FP, TN) on the same rows.</summary>
    public readonly record struct GroupCounts(int Positives, int Negatives, int TrtrTp, int TrtrFp, int TstrTp, int TstrFp);

    /// <summary>The evaluation table (columns g, y) and predictions realising the counts; scores are 0 or 1.</summary>
    public static HoldoutPredictions Build(params GroupCounts[] groups)
    {
        var g = new List<string?>();
        var y = new List<string?>();
        var actual = new List<bool>();
        var trtr = new List<double>();
        var tstr = new List<double>();
        for (var i = 0; i < groups.Length; i++)
        {
            var c = groups[i];
            for (var r = 0; r < c.Positives; r++)
            {
                g.Add(FairnessData.GroupLevels[i]);
                y.Add("1");
                actual.Add(true);
                trtr.Add(r < c.TrtrTp ? 0.9 : 0.1);
                tstr.Add(r < c.TstrTp ? 0.8 : 0.2);
            }

            for (var r = 0; r < c.Negatives; r++)
            {
                g.Add(FairnessData.GroupLevels[i]);
                y.Add("0");
                actual.Add(false);
                trtr.Add(r < c.TrtrFp ? 0.7 : 0.3);
                tstr.Add(r < c.TstrFp ? 0.6 : 0.4);
            }
        }

        Table evaluation = new TableBuilder("holdout").Categorical("g", FairnessData.GroupLevels, [.. g])
            .Categorical("y", FairnessData.TargetLevels, [.. y]).Build();
        return new HoldoutPredictions("y", "1", evaluation, [.. Enumerable.Range(0, g.Count)], [.. actual], [.. trtr], [.. tstr]);
    }

    /// <summary>The docs/metrics.md 5.3 example: TRTR A (40,10,10,40), B (12,8,6,24); TSTR A (42,8,12,38), B (9,11,5,25).</summary>
    public static HoldoutPredictions WorkedExample() =>
        Build(new GroupCounts(50, 50, 40, 10, 42, 12), new GroupCounts(20, 30, 12, 6, 9, 5));
}
