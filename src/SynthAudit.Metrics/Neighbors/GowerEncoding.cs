using System.Collections.Immutable;
using SynthAudit.Core.Data;

namespace SynthAudit.Metrics.Neighbors;

/// <summary>The mixed-type (Gower-style) distance of docs/metrics.md section 1.3 over a fixed list of columns, with numeric
/// ranges taken from the real reference data, and the float encoding the nearest-neighbour search runs on.</summary>
/// <remarks>
/// <para>Per column: numeric <c>min(1, |a − b| / R)</c> with <c>R</c> = max − min over the real reference (train ∪ holdout);
/// when <c>R = 0</c>, 0 if equal else 1; categorical 0/1 mismatch; both missing 0, exactly one missing 1. The distance is
/// the mean over the columns. Never compute <c>R</c> from synthetic data. Source: Gower (1971); SDMetrics
/// <c>single_table/privacy/dcr_utils.py</c>. Anonymeter sums instead of averaging and counts both-missing as 1.</para>
/// <para>Encoding (computed once per audit): numeric values become <c>(x − min)/R</c> as float, categorical codes become
/// floats, and missing values a large sentinel, so that every column's term is <c>min(1, |a − b|)</c> on the encoding.
/// Numeric columns with <c>R = 0</c> are encoded as codes of their distinct values. The float results are only used to
/// shortlist candidates; reported distances are recomputed in double by <see cref="Distance"/>.</para>
/// </remarks>
public sealed class GowerEncoding
{
    /// <summary>The encoded value of a missing cell: far from every real value, zero away from another missing cell.</summary>
    internal const float Missing = 1e30f;

    /// <summary>Encoded numeric values are clamped to ±this so that they stay far from <see cref="Missing"/>.</summary>
    internal const float Clamp = 1e6f;

    private readonly object _gate = new();
    private readonly Dictionary<double, int>?[] _constantCodes;

    /// <summary>Creates the encoding of <paramref name="columns"/> with numeric ranges from the union of <paramref name="reference"/>.</summary>
    /// <param name="columns">The column names to use, in order (every table encoded later must have them).</param>
    /// <param name="reference">The real tables whose union defines the numeric ranges (train and holdout).</param>
    public GowerEncoding(IReadOnlyList<string> columns, params Table?[] reference)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(reference);
        var tables = reference.Where(t => t is not null).Select(t => t!).ToList();
        if (tables.Count == 0)
        {
            throw new ArgumentException("At least one reference table is needed.", nameof(reference));
        }

        Columns = [.. columns];
        var p = Columns.Length;
        IsNumeric = new bool[p];
        Minimum = new double[p];
        Range = new double[p];
        _constantCodes = new Dictionary<double, int>?[p];
        for (var j = 0; j < p; j++)
        {
            var first = tables[0][Columns[j]];
            if (first is NumericColumn)
            {
                IsNumeric[j] = true;
                var min = double.PositiveInfinity;
                var max = double.NegativeInfinity;
                foreach (var t in tables)
                {
                    foreach (var v in ((NumericColumn)t[Columns[j]]).Values)
                    {
                        if (!double.IsNaN(v))
                        {
                            min = Math.Min(min, v);
                            max = Math.Max(max, v);
                        }
                    }
                }

                Minimum[j] = double.IsFinite(min) ? min : 0;
                Range[j] = double.IsFinite(min) ? max - min : 0;
                if (!(Range[j] > 0))
                {
                    Range[j] = 0;
                    _constantCodes[j] = [];
                }
            }
        }
    }

    /// <summary>The column names, in order.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>Whether each column is numeric (numeric or datetime) rather than categorical.</summary>
    internal bool[] IsNumeric { get; }

    /// <summary>The minimum of each numeric column over the reference (0 for categorical).</summary>
    internal double[] Minimum { get; }

    /// <summary>The range of each numeric column over the reference (0 for categorical or constant columns).</summary>
    internal double[] Range { get; }

    /// <summary>The number of columns.</summary>
    public int ColumnCount => Columns.Length;

    /// <summary>Encodes <paramref name="table"/> for the nearest-neighbour search.</summary>
    public GowerMatrix Encode(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var p = Columns.Length;
        var n = table.RowCount;
        var padded = GowerMatrix.PaddedLength(n);
        var encoded = new float[p][];
        var numbers = new double[p][];
        var codes = new int[p][];
        var magnitude = new double[p];
        var clamped = new bool[p];
        for (var j = 0; j < p; j++)
        {
            var column = table[Columns[j]];
            var e = new float[padded];
            e.AsSpan(n).Fill(GowerMatrix.Padding);
            if (IsNumeric[j])
            {
                var values = ((NumericColumn)column).Values;
                numbers[j] = values;
                if (_constantCodes[j] is { } dict)
                {
                    lock (_gate)
                    {
                        for (var i = 0; i < n; i++)
                        {
                            var v = values[i];
                            if (double.IsNaN(v))
                            {
                                e[i] = Missing;
                                continue;
                            }

                            if (!dict.TryGetValue(v, out var code))
                            {
                                code = dict.Count;
                                dict.Add(v, code);
                            }

                            e[i] = code;
                        }
                    }
                }
                else
                {
                    double max = 0;
                    for (var i = 0; i < n; i++)
                    {
                        var v = values[i];
                        if (double.IsNaN(v))
                        {
                            e[i] = Missing;
                            continue;
                        }

                        var u = (v - Minimum[j]) / Range[j];
                        if (Math.Abs(u) > Clamp)
                        {
                            clamped[j] = true;
                            u = Math.Clamp(u, -Clamp, Clamp);
                        }

                        e[i] = (float)u;
                        max = Math.Max(max, Math.Abs(u));
                    }

                    magnitude[j] = max;
                }
            }
            else
            {
                var c = ((CategoricalColumn)column).Codes;
                codes[j] = c;
                for (var i = 0; i < n; i++)
                {
                    e[i] = c[i] < 0 ? Missing : c[i];
                }
            }

            encoded[j] = e;
        }

        return new GowerMatrix(this, n, encoded, numbers, codes, magnitude, clamped);
    }

    /// <summary>The Gower distance between row <paramref name="a"/> of <paramref name="left"/> and row <paramref name="b"/> of
    /// <paramref name="right"/> over all columns, in double precision.</summary>
    public double Distance(GowerMatrix left, int a, GowerMatrix right, int b) => Sum(left, a, right, b, null) / ColumnCount;

    /// <summary>The sum of the per-column terms over <paramref name="columns"/> (all when null), in column order.</summary>
    internal double Sum(GowerMatrix left, int a, GowerMatrix right, int b, int[]? columns)
    {
        var count = columns?.Length ?? ColumnCount;
        double sum = 0;
        for (var c = 0; c < count; c++)
        {
            var j = columns is null ? c : columns[c];
            sum += Term(j, left, a, right, b);
        }

        return sum;
    }

    /// <summary>The term of column <paramref name="j"/>: docs/metrics.md 1.3 δ_j.</summary>
    internal double Term(int j, GowerMatrix left, int a, GowerMatrix right, int b)
    {
        if (IsNumeric[j])
        {
            var x = left.Numbers[j][a];
            var y = right.Numbers[j][b];
            var xm = double.IsNaN(x);
            var ym = double.IsNaN(y);
            if (xm || ym)
            {
                return xm && ym ? 0 : 1;
            }

            if (Range[j] == 0)
            {
                return x == y ? 0 : 1;
            }

            return Math.Min(1, Math.Abs(x - y) / Range[j]);
        }

        var p = left.Codes[j][a];
        var q = right.Codes[j][b];
        return p == q ? 0 : 1;
    }
}
