using SynthAudit.Core.Csv;

namespace SynthAudit.Benchmarks.Quality;

/// <summary>Mean absolute differences of pairwise associations between two tables with the same columns: Pearson
/// correlation over the numeric pairs, Cramér's V over the categorical pairs (issue 14's measure).</summary>
/// <remarks>Numeric and categorical are the real table's column kinds as read from CSV. Pearson uses the rows where both
/// values are present. Cramér's V = sqrt(χ² / (n·(min(r, c) − 1))) with the plain χ² of the contingency table (no
/// continuity correction, no bias correction), missing as a category of its own, over the levels present in that table;
/// a table with a single row or column level has V = 0.</remarks>
public static class AssociationDeltas
{
    /// <summary>The text that stands for a missing categorical value.</summary>
    private const string MissingLabel = "\u0000missing";

    /// <summary>Mean |ΔPearson| over the numeric pairs and mean |ΔCramér's V| over the categorical pairs, and how many pairs each.</summary>
    /// <param name="real">The reference table.</param>
    /// <param name="other">The table compared with it.</param>
    /// <param name="pairs">When given, receives one line per pair: the two columns, the real and the other association.</param>
    public static (double Pearson, int PearsonPairs, double Cramer, int CramerPairs) Compute(CsvFile real, CsvFile other, TextWriter? pairs = null)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(other);
        var numeric = real.Columns.Where(c => c.IsNumeric).Select(c => c.Name).ToArray();
        var categorical = real.Columns.Where(c => !c.IsNumeric).Select(c => c.Name).ToArray();
        var pearson = new List<double>();
        for (var i = 0; i < numeric.Length; i++)
        {
            for (var j = i + 1; j < numeric.Length; j++)
            {
                var a = Pearson(Numbers(real, numeric[i]), Numbers(real, numeric[j]));
                var b = Pearson(Numbers(other, numeric[i]), Numbers(other, numeric[j]));
                pearson.Add(Math.Abs(a - b));
                pairs?.WriteLine(FormattableString.Invariant($"  pearson {numeric[i]} x {numeric[j]}: {a:F3} {b:F3}"));
            }
        }

        var cramer = new List<double>();
        for (var i = 0; i < categorical.Length; i++)
        {
            for (var j = i + 1; j < categorical.Length; j++)
            {
                var a = CramersV(Labels(real, categorical[i]), Labels(real, categorical[j]));
                var b = CramersV(Labels(other, categorical[i]), Labels(other, categorical[j]));
                cramer.Add(Math.Abs(a - b));
                pairs?.WriteLine(FormattableString.Invariant($"  cramer {categorical[i]} x {categorical[j]}: {a:F3} {b:F3}"));
            }
        }

        return (pearson.Count > 0 ? pearson.Average() : double.NaN, pearson.Count, cramer.Count > 0 ? cramer.Average() : double.NaN, cramer.Count);
    }

    /// <summary>The Pearson correlation over rows where both values are present (0 when either is constant).</summary>
    public static double Pearson(double[] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        double n = 0, mx = 0, my = 0;
        for (var r = 0; r < x.Length; r++)
        {
            if (!double.IsNaN(x[r]) && !double.IsNaN(y[r]))
            {
                n++;
                mx += x[r];
                my += y[r];
            }
        }

        if (n < 2)
        {
            return 0;
        }

        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (var r = 0; r < x.Length; r++)
        {
            if (!double.IsNaN(x[r]) && !double.IsNaN(y[r]))
            {
                var dx = x[r] - mx;
                var dy = y[r] - my;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }

        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : 0;
    }

    /// <summary>Cramér's V from the uncorrected χ² of the contingency table of two label arrays.</summary>
    public static double CramersV(string[] x, string[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var cols = new Dictionary<string, int>(StringComparer.Ordinal);
        var a = x.Select(v => Index(rows, v)).ToArray();
        var b = y.Select(v => Index(cols, v)).ToArray();
        var r = rows.Count;
        var c = cols.Count;
        if (r < 2 || c < 2)
        {
            return 0;
        }

        var table = new double[r, c];
        var rowSum = new double[r];
        var colSum = new double[c];
        for (var k = 0; k < a.Length; k++)
        {
            table[a[k], b[k]]++;
            rowSum[a[k]]++;
            colSum[b[k]]++;
        }

        double n = a.Length;
        double chi2 = 0;
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < c; j++)
            {
                var expected = rowSum[i] * colSum[j] / n;
                var d = table[i, j] - expected;
                chi2 += d * d / expected;
            }
        }

        return Math.Sqrt(chi2 / (n * (Math.Min(r, c) - 1)));
    }

    private static int Index(Dictionary<string, int> index, string value)
    {
        if (!index.TryGetValue(value, out var i))
        {
            i = index.Count;
            index[value] = i;
        }

        return i;
    }

    private static double[] Numbers(CsvFile file, string name) =>
        (file.Find(name) ?? throw new InvalidOperationException("column " + name + " is missing")).Numbers
            ?? throw new InvalidOperationException("column " + name + " is not numeric in " + file.Path);

    /// <summary>The column's values as text, missing as its own label (a numeric column's numbers as round-trip text).</summary>
    internal static string[] Labels(CsvFile file, string name)
    {
        var column = file.Find(name) ?? throw new InvalidOperationException("column " + name + " is missing");
        if (column.Codes is { } codes)
        {
            return [.. codes.Select(k => k < 0 ? MissingLabel : column.Levels[k])];
        }

        return [.. column.Numbers!.Select(v => double.IsNaN(v) ? MissingLabel : v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))];
    }
}
