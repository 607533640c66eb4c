using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Fairness;

/// <summary>Error rates, selection rates and AUC per group of one grouping for the TRTR and TSTR models on the holdout.</summary>
internal sealed class GroupingOdds
{
    /// <summary>The grouping.</summary>
    public required Grouping Grouping { get; init; }

    /// <summary>Scored holdout rows per group.</summary>
    public required int[] Rows { get; init; }

    /// <summary>Actual positives per group.</summary>
    public required int[] Positives { get; init; }

    /// <summary>Whether a group enters the gaps: not pooled, enough rows, enough positives and negatives.</summary>
    public required bool[] Eligible { get; init; }

    /// <summary>Confusion counts of the TRTR model per group.</summary>
    public required GroupConfusion[] Trtr { get; init; }

    /// <summary>Confusion counts of the TSTR model per group.</summary>
    public required GroupConfusion[] Tstr { get; init; }

    /// <summary>Per-group AUC of the TRTR model with its DeLong CI (NaN when a class is missing).</summary>
    public required (double Auc, ConfidenceInterval? Ci)[] TrtrAuc { get; init; }

    /// <summary>Per-group AUC of the TSTR model with its DeLong CI.</summary>
    public required (double Auc, ConfidenceInterval? Ci)[] TstrAuc { get; init; }

    /// <summary>Equalized odds of the TRTR model over eligible groups.</summary>
    public required (double EqualizedOdds, double TprGap, double FprGap) TrtrOdds { get; init; }

    /// <summary>Equalized odds of the TSTR model over eligible groups.</summary>
    public required (double EqualizedOdds, double TprGap, double FprGap) TstrOdds { get; init; }

    /// <summary>Demographic-parity difference of the TRTR model's predictions.</summary>
    public required double TrtrSelectionDpd { get; init; }

    /// <summary>Demographic-parity difference of the TSTR model's predictions.</summary>
    public required double TstrSelectionDpd { get; init; }

    /// <summary>Bootstrap replicates of the TRTR equalized-odds difference.</summary>
    public required double[] TrtrEodReplicates { get; init; }

    /// <summary>Bootstrap replicates of the TSTR equalized-odds difference.</summary>
    public required double[] TstrEodReplicates { get; init; }

    /// <summary>Bootstrap replicates of the TRTR equal-opportunity difference.</summary>
    public required double[] TrtrOppReplicates { get; init; }

    /// <summary>Bootstrap replicates of the TSTR equal-opportunity difference.</summary>
    public required double[] TstrOppReplicates { get; init; }

    /// <summary>Bootstrap replicates of the TRTR prediction DPD.</summary>
    public required double[] TrtrSelectionReplicates { get; init; }

    /// <summary>Bootstrap replicates of the TSTR prediction DPD.</summary>
    public required double[] TstrSelectionReplicates { get; init; }

    /// <summary>Whether the equalized odds are defined (two or more eligible groups).</summary>
    public bool IsDefined => !double.IsNaN(TrtrOdds.EqualizedOdds) && !double.IsNaN(TstrOdds.EqualizedOdds);

    /// <summary>TSTR equalized-odds difference minus TRTR.</summary>
    public double Change => TstrOdds.EqualizedOdds - TrtrOdds.EqualizedOdds;

    /// <summary>The AUC gap (max − min over eligible groups) of one model; NaN with fewer than two groups.</summary>
    public double AucGap(bool tstr)
    {
        var aucs = Enumerable.Range(0, Grouping.Count).Where(g => Eligible[g])
            .Select(g => (tstr ? TstrAuc : TrtrAuc)[g].Auc).Where(double.IsFinite).ToArray();
        return aucs.Length < 2 ? double.NaN : aucs.Max() - aucs.Min();
    }

    /// <summary>The lowest AUC over eligible groups of one model; NaN when none.</summary>
    public double MinAuc(bool tstr)
    {
        var aucs = Enumerable.Range(0, Grouping.Count).Where(g => Eligible[g])
            .Select(g => (tstr ? TstrAuc : TrtrAuc)[g].Auc).Where(double.IsFinite).ToArray();
        return aucs.Length == 0 ? double.NaN : aucs.Min();
    }

    /// <summary>Element-wise <paramref name="a"/> minus <paramref name="b"/>.</summary>
    public static double[] Difference(double[] a, double[] b)
    {
        var result = new double[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            result[i] = a[i] - b[i];
        }

        return result;
    }
}
