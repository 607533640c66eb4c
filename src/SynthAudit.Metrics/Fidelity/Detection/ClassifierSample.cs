using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Learning;

namespace SynthAudit.Metrics.Fidelity.Detection;

/// <summary>Real rows (label false) stacked over another table's rows (label true), with the source row of each stacked row.</summary>
internal sealed class ClassifierSample
{
    private ClassifierSample(Table stacked, int[] realRows, int[] otherRows, bool[] labels)
    {
        Stacked = stacked;
        RealRows = realRows;
        OtherRows = otherRows;
        Labels = labels;
    }

    /// <summary>The stacked table over the used columns.</summary>
    public Table Stacked { get; }

    /// <summary>Source row in the real table of stacked rows 0 … RealRows.Length − 1.</summary>
    public int[] RealRows { get; }

    /// <summary>Source row in the other table of the remaining stacked rows.</summary>
    public int[] OtherRows { get; }

    /// <summary>False for real rows, true for the other table's rows.</summary>
    public bool[] Labels { get; }

    /// <summary>Samples at most <paramref name="maxRealRows"/> and <paramref name="maxOtherRows"/> rows (seeded, without replacement, kept in order).</summary>
    public static ClassifierSample Create(Table real, Table other, IReadOnlyList<string> columns, int maxRealRows, int maxOtherRows, DeterministicRandom random)
    {
        var realRows = Pick(real.RowCount, maxRealRows, random);
        var otherRows = Pick(other.RowCount, maxOtherRows, random);
        var stacked = TableRows.Concat([real.Take(realRows), other.Take(otherRows)], columns);
        var labels = new bool[realRows.Length + otherRows.Length];
        labels.AsSpan(realRows.Length).Fill(true);
        return new ClassifierSample(stacked, realRows, otherRows, labels);
    }

    /// <summary>The multiplicity of each stacked row under bootstrap multiplicities of the source tables.</summary>
    public int Weight(int stackedRow, int[] realCounts, int[] otherCounts) =>
        stackedRow < RealRows.Length ? realCounts[RealRows[stackedRow]] : otherCounts[OtherRows[stackedRow - RealRows.Length]];

    /// <summary>The columns a classifier can use: used columns present as numeric or categorical.</summary>
    public static IReadOnlyList<string> Columns(AuditInput input) =>
        input.UsedColumns.Where(c => input.Real.Contains(c) && input.Synthetic.Contains(c)).ToList();

    private static int[] Pick(int n, int max, DeterministicRandom random)
    {
        if (n <= max)
        {
            return Enumerable.Range(0, n).ToArray();
        }

        var rows = random.SampleWithoutReplacement(n, max);
        Array.Sort(rows);
        return rows;
    }
}
