using SynthAudit.Metrics.Neighbors;

namespace SynthAudit.Metrics.Privacy.Shadow;

/// <summary>Computes the attack features of every target against one synthetic output (see <see cref="ShadowFeatureFamilies"/>).</summary>
/// <remarks>Population statistics (expected marginal counts, population kernel density) are computed once, from the
/// population sample the attacker knows. Marginals use at most the first 64 columns; 3-column marginals only with 40
/// columns or fewer.</remarks>
public sealed class ShadowFeatureExtractor
{
    private static readonly double[] s_radii = [1e-12, 0.02, 0.05, 0.10];
    private static readonly double[] s_bandwidths = [0.02, 0.10];

    private readonly ShadowRows _real;
    private readonly int[] _targetRows;
    private readonly int _columns;
    private readonly int[][] _subsets;
    private readonly int[][] _subsetIndex;
    private readonly double[][] _populationShare;
    private readonly double[][] _populationDensity;

    /// <summary>Prepares the extractor for the targets (rows of <paramref name="real"/>) against <paramref name="population"/>.</summary>
    /// <param name="real">The real table in the attack space.</param>
    /// <param name="targetRows">The target rows of <paramref name="real"/>.</param>
    /// <param name="population">The population sample in the attack space.</param>
    /// <param name="pool">The population rows the shadow sets draw from.</param>
    public ShadowFeatureExtractor(ShadowRows real, IReadOnlyList<int> targetRows, ShadowRows population, IReadOnlyList<int> pool)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(targetRows);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(pool);
        _real = real;
        _targetRows = [.. targetRows];
        _columns = Math.Min(64, real.Cells.Length);
        _subsetIndex = [new int[_columns], new int[_columns * _columns], new int[_columns <= 40 ? _columns * _columns * _columns : 0]];
        var subsets = new List<int[]>();
        for (var a = 0; a < _columns; a++)
        {
            Add(subsets, [a]);
        }

        for (var a = 0; a < _columns; a++)
        {
            for (var b = a + 1; b < _columns; b++)
            {
                Add(subsets, [a, b]);
            }
        }

        if (_columns <= 40)
        {
            for (var a = 0; a < _columns; a++)
            {
                for (var b = a + 1; b < _columns; b++)
                {
                    for (var c = b + 1; c < _columns; c++)
                    {
                        Add(subsets, [a, b, c]);
                    }
                }
            }
        }

        _subsets = [.. subsets];
        _populationShare = new double[_targetRows.Length][];
        _populationDensity = new double[_targetRows.Length][];
        var counts = new int[_subsets.Length];
        for (var t = 0; t < _targetRows.Length; t++)
        {
            Array.Clear(counts);
            var density = new double[s_bandwidths.Length];
            var masks = new Dictionary<ulong, int>();
            foreach (var row in pool)
            {
                var d = real.Gower.Encoding.Distance(real.Gower, _targetRows[t], population.Gower, row);
                for (var h = 0; h < s_bandwidths.Length; h++)
                {
                    density[h] += Math.Exp(-d / s_bandwidths[h]);
                }

                var mask = Mask(real, _targetRows[t], population, row);
                masks[mask] = masks.GetValueOrDefault(mask) + 1;
            }

            Accumulate(masks, counts);
            var share = new double[_subsets.Length];
            for (var s = 0; s < share.Length; s++)
            {
                share[s] = (counts[s] + 0.5) / (pool.Count + 1.0);
            }

            for (var h = 0; h < density.Length; h++)
            {
                density[h] = Math.Max(density[h] / Math.Max(1, pool.Count), 1e-300);
            }

            _populationShare[t] = share;
            _populationDensity[t] = density;
        }
    }

    /// <summary>The number of features per target.</summary>
    public static int FeatureCount => ShadowFeatureFamilies.Names.Length;

    /// <summary>The features of every target against <paramref name="synthetic"/>: [target][feature].</summary>
    public double[][] Compute(ShadowRows synthetic)
    {
        ArgumentNullException.ThrowIfNull(synthetic);
        var n = synthetic.Count;
        var result = new double[_targetRows.Length][];
        var counts = new int[_subsets.Length];
        Span<double> nearest = stackalloc double[5];
        for (var t = 0; t < _targetRows.Length; t++)
        {
            var target = _targetRows[t];
            nearest.Fill(1);
            var within = new int[s_radii.Length];
            var kernel = new double[s_bandwidths.Length];
            var masks = new Dictionary<ulong, int>();
            for (var j = 0; j < n; j++)
            {
                var d = _real.Gower.Encoding.Distance(_real.Gower, target, synthetic.Gower, j);
                Insert(nearest, d);
                for (var r = 0; r < s_radii.Length; r++)
                {
                    if (d <= s_radii[r])
                    {
                        within[r]++;
                    }
                }

                for (var h = 0; h < s_bandwidths.Length; h++)
                {
                    kernel[h] += Math.Exp(-d / s_bandwidths[h]);
                }

                var mask = Mask(_real, target, synthetic, j);
                masks[mask] = masks.GetValueOrDefault(mask) + 1;
            }

            Array.Clear(counts);
            Accumulate(masks, counts);
            var f = new double[FeatureCount];
            var seen = Math.Min(5, n);
            f[0] = nearest[0];
            f[1] = n > 1 ? nearest[1] : 1;
            double mean5 = 0;
            for (var i = 0; i < seen; i++)
            {
                mean5 += nearest[i];
            }

            f[2] = seen == 0 ? 1 : mean5 / seen;
            for (var r = 0; r < s_radii.Length; r++)
            {
                f[3 + r] = Math.Log(1 + within[r]);
            }

            var share = _populationShare[t];
            for (var order = 1; order <= 3; order++)
            {
                double sum = 0, max = double.NegativeInfinity;
                var m = 0;
                for (var s = 0; s < _subsets.Length; s++)
                {
                    if (_subsets[s].Length != order)
                    {
                        continue;
                    }

                    var ratio = Math.Log((counts[s] + 0.5) / ((n * share[s]) + 0.5));
                    sum += ratio;
                    max = Math.Max(max, ratio);
                    m++;
                }

                f[7 + (2 * (order - 1))] = m == 0 ? 0 : sum / m;
                f[8 + (2 * (order - 1))] = m == 0 ? 0 : max;
            }

            for (var h = 0; h < s_bandwidths.Length; h++)
            {
                f[13 + h] = Math.Log(Math.Max(kernel[h] / Math.Max(1, n), 1e-300)) - Math.Log(_populationDensity[t][h]);
            }

            result[t] = f;
        }

        return result;
    }

    private static void Insert(Span<double> nearest, double d)
    {
        if (d >= nearest[^1])
        {
            return;
        }

        var i = nearest.Length - 1;
        while (i > 0 && nearest[i - 1] > d)
        {
            nearest[i] = nearest[i - 1];
            i--;
        }

        nearest[i] = d;
    }

    private ulong Mask(ShadowRows left, int a, ShadowRows right, int b)
    {
        ulong mask = 0;
        for (var c = 0; c < _columns; c++)
        {
            if (left.Cells[c][a] == right.Cells[c][b])
            {
                mask |= 1UL << c;
            }
        }

        return mask;
    }

    private void Accumulate(Dictionary<ulong, int> masks, int[] counts)
    {
        Span<int> bits = stackalloc int[64];
        foreach (var (mask, count) in masks)
        {
            var nb = 0;
            for (var c = 0; c < _columns; c++)
            {
                if ((mask & (1UL << c)) != 0)
                {
                    bits[nb++] = c;
                }
            }

            for (var x = 0; x < nb; x++)
            {
                counts[_subsetIndex[0][bits[x]]] += count;
                for (var y = x + 1; y < nb; y++)
                {
                    counts[_subsetIndex[1][(bits[x] * _columns) + bits[y]]] += count;
                    if (_columns > 40)
                    {
                        continue;
                    }

                    for (var z = y + 1; z < nb; z++)
                    {
                        counts[_subsetIndex[2][(((bits[x] * _columns) + bits[y]) * _columns) + bits[z]]] += count;
                    }
                }
            }
        }
    }

    private void Add(List<int[]> subsets, int[] columns)
    {
        // One lookup table per order: a single a is slot a, a pair (a, b) slot a·p + b, a triple slot (a·p + b)·p + c.
        var slot = columns.Length switch
        {
            1 => columns[0],
            2 => (columns[0] * _columns) + columns[1],
            _ => (((columns[0] * _columns) + columns[1]) * _columns) + columns[2],
        };
        _subsetIndex[columns.Length - 1][slot] = subsets.Count;
        subsets.Add(columns);
    }
}
