using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>Turns membership scores (higher = more likely a member) into the AUC with its DeLong interval, the TPR at
/// fixed false-positive rates, the attacker's advantage and a ROC figure.</summary>
internal static class MembershipRoc
{
    /// <summary>Builds the result of a membership-inference metric from member and non-member scores.</summary>
    public static MetricResult Result(MetricDescriptor descriptor, double[] members, double[] nonMembers, double level,
        IEnumerable<BreakdownEntry> extra, IEnumerable<string> warnings)
    {
        var scores = members.Concat(nonMembers).ToArray();
        var labels = members.Select(_ => true).Concat(nonMembers.Select(_ => false)).ToArray();
        var (auc, ci) = RocAuc.WithInterval(scores, labels, level);
        if (double.IsNaN(auc))
        {
            return MetricResult.Skipped(descriptor, "no members or no non-members to evaluate");
        }

        var (fpr, tpr) = Curve(members, nonMembers);
        var breakdown = new List<BreakdownEntry>
        {
            LowFpr(scores, labels, 0.001, "0.1%", level),
            LowFpr(scores, labels, 0.01, "1%", level),
            LowFpr(scores, labels, 0.1, "10%", level),
            new("advantage", Advantage(fpr, tpr), Baseline: 0, Note: "max(TPR − FPR) over thresholds; 0 = no signal"),
            new("sizes", members.Length, Note: string.Create(CultureInfo.InvariantCulture, $"{members.Length} members (train) and {nonMembers.Length} non-members (holdout)")),
        };
        breakdown.AddRange(extra);
        var step = Math.Max(1, fpr.Length / 200);
        var xs = fpr.Where((_, i) => i % step == 0 || i == fpr.Length - 1).ToImmutableArray();
        var ys = tpr.Where((_, i) => i % step == 0 || i == tpr.Length - 1).ToImmutableArray();
        var figure = new FigureData(descriptor.Id + ".roc", descriptor.Name + ": ROC curve", FigureKind.Lines, "false-positive rate",
            "true-positive rate", ImmutableArray<string>.Empty,
            [new FigureSeries("attack", xs, ys), new FigureSeries("no signal", [0.0, 1.0], [0.0, 1.0])]);
        return MetricResult.Ok(descriptor, auc, ci, 0.5, breakdown) with
        {
            CiMethod = "delong",
            Warnings = [.. warnings],
            Figures = [figure],
        };
    }

    /// <summary>The TPR at a false-positive rate no larger than <paramref name="fpr"/> with its Clopper–Pearson interval
    /// (the low-FPR view of Carlini et al. 2022; issue 15).</summary>
    private static BreakdownEntry LowFpr(double[] scores, bool[] labels, double fpr, string percent, double level)
    {
        var point = LowFprOperatingPoint.At(scores, labels, fpr, level);
        return new BreakdownEntry(string.Create(CultureInfo.InvariantCulture, $"tpr_at_fpr_{fpr}"), point.Tpr, point.TprCi, fpr,
            string.Create(CultureInfo.InvariantCulture,
                $"true-positive rate at {percent} false positives ({point.TruePositives}/{point.Positives} members, {point.FalsePositives}/{point.Negatives} non-members called members; Clopper-Pearson interval); {fpr} = no signal"));
    }

    /// <summary>The ROC points (FPR, TPR) from (0,0) to (1,1), one per distinct score threshold (ties move together).</summary>
    internal static (double[] Fpr, double[] Tpr) Curve(double[] members, double[] nonMembers)
    {
        var all = members.Select(s => (Score: s, Member: true)).Concat(nonMembers.Select(s => (Score: s, Member: false)))
            .OrderByDescending(x => x.Score).ToArray();
        var fpr = new List<double> { 0 };
        var tpr = new List<double> { 0 };
        double tp = 0, fp = 0;
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i].Member)
            {
                tp++;
            }
            else
            {
                fp++;
            }

            if (i == all.Length - 1 || all[i + 1].Score != all[i].Score)
            {
                fpr.Add(fp / nonMembers.Length);
                tpr.Add(tp / members.Length);
            }
        }

        return ([.. fpr], [.. tpr]);
    }

    /// <summary>The largest TPR reached at a false-positive rate no larger than <paramref name="maxFpr"/>.</summary>
    internal static double TprAt(double[] fpr, double[] tpr, double maxFpr)
    {
        double best = 0;
        for (var i = 0; i < fpr.Length; i++)
        {
            if (fpr[i] <= maxFpr + 1e-12)
            {
                best = Math.Max(best, tpr[i]);
            }
        }

        return best;
    }

    private static double Advantage(double[] fpr, double[] tpr)
    {
        double best = 0;
        for (var i = 0; i < fpr.Length; i++)
        {
            best = Math.Max(best, tpr[i] - fpr[i]);
        }

        return best;
    }
}
