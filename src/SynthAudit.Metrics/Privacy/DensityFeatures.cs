using MathNet.Numerics.LinearAlgebra;
using SynthAudit.Core.Data;
using SynthAudit.Core.Randomness;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The numeric feature space of the density attack (docs/metrics.md 1.5 and 4.4b): standardised numerics (missing →
/// mean plus an indicator), one-hot categoricals (missing is a level), projected on the leading principal components when
/// there are more than <see cref="MaxDimensions"/> features.</summary>
/// <remarks>Everything is fitted on the attacker's data only (synthetic rows and the reference holdout half), never on the
/// rows whose membership is evaluated. A categorical column with more than <see cref="MaxLevels"/> levels keeps its
/// <see cref="MaxLevels"/> most frequent levels and pools the others into one "other" indicator, so 10,000 levels never
/// become 10,000 dense columns. Rows are encoded and projected in blocks, so memory holds only the output dimensions.</remarks>
internal sealed class DensityFeatures
{
    /// <summary>Above this many features the data are projected on this many principal components (KDE degrades with dimension).</summary>
    public const int MaxDimensions = 10;

    /// <summary>The most one-hot indicators one categorical column gets; rarer levels share one "other" indicator.</summary>
    public const int MaxLevels = 64;

    /// <summary>Above this many raw features the principal components come from a seeded randomised subspace iteration
    /// (Halko, Martinsson and Tropp 2011) instead of the full eigendecomposition of the covariance.</summary>
    public const int ExactPcaMaxFeatures = 256;

    private const int PcaSample = 5000;
    private const int Block = 4096;

    private readonly List<Feature> _features = [];
    private readonly Dictionary<string, int[]> _levelFeature = new(StringComparer.Ordinal);
    private readonly double[] _centre;
    private readonly Matrix<double>? _projection;

    /// <summary>Fits the encoding on the given rows of the <paramref name="fit"/> tables.</summary>
    public DensityFeatures(IReadOnlyList<string> columns, IReadOnlyList<(Table Table, int[] Rows)> fit, DeterministicRandom random)
    {
        foreach (var name in columns)
        {
            if (fit[0].Table[name] is NumericColumn)
            {
                AddNumeric(name, fit);
            }
            else
            {
                AddCategorical(name, fit);
            }
        }

        Dimensions = _features.Count;
        _centre = new double[Dimensions];
        if (Dimensions <= MaxDimensions)
        {
            return;
        }

        // PCA on a seeded subsample of the fitting rows.
        var all = fit.SelectMany(f => f.Rows.Select(r => (f.Table, Row: r))).ToArray();
        var take = Math.Min(all.Length, PcaSample);
        var picked = random.SampleWithoutReplacement(all.Length, take);
        var x = Matrix<double>.Build.Dense(take, Dimensions, (i, j) => Value(_features[j], all[picked[i]].Table, all[picked[i]].Row));
        for (var j = 0; j < Dimensions; j++)
        {
            _centre[j] = x.Column(j).Sum() / take;
        }

        var centred = Matrix<double>.Build.Dense(take, Dimensions, (i, j) => x[i, j] - _centre[j]);
        _projection = Dimensions <= ExactPcaMaxFeatures ? ExactComponents(centred) : RandomisedComponents(centred, random);
        Dimensions = _projection.ColumnCount;
        Components = _projection.ColumnCount;
    }

    /// <summary>The number of output dimensions.</summary>
    public int Dimensions { get; }

    /// <summary>The number of principal components used (0 when no projection).</summary>
    public int Components { get; }

    /// <summary>The number of features before projection.</summary>
    public int RawDimensions => _features.Count;

    /// <summary>The categorical columns whose rarer levels were pooled into one "other" indicator.</summary>
    public IReadOnlyList<string> PooledColumns { get; private set; } = [];

    /// <summary>The features of <paramref name="rows"/> of <paramref name="table"/>, column-major.</summary>
    public double[][] Transform(Table table, int[] rows)
    {
        if (_projection is null)
        {
            var raw = new double[_features.Count][];
            for (var j = 0; j < raw.Length; j++)
            {
                raw[j] = new double[rows.Length];
                Fill(_features[j], table, rows, 0, raw[j]);
            }

            return raw;
        }

        var result = new double[_projection.ColumnCount][];
        for (var c = 0; c < result.Length; c++)
        {
            result[c] = new double[rows.Length];
        }

        // One block of raw features at a time: the raw matrix of a 1M-row table with 100 one-hot features would be 800 MB.
        // The arithmetic (feature order, skipped zero weights) is the same as projecting the whole raw matrix.
        var block = new double[Math.Min(Block, Math.Max(1, rows.Length))];
        for (var start = 0; start < rows.Length; start += Block)
        {
            var length = Math.Min(Block, rows.Length - start);
            var src = block.AsSpan(0, length);
            for (var j = 0; j < _features.Count; j++)
            {
                Fill(_features[j], table, rows, start, src);
                var shift = _centre[j];
                for (var c = 0; c < result.Length; c++)
                {
                    var w = _projection[j, c];
                    if (w == 0)
                    {
                        continue;
                    }

                    var dst = result[c].AsSpan(start, length);
                    for (var i = 0; i < dst.Length; i++)
                    {
                        dst[i] += (src[i] - shift) * w;
                    }
                }
            }
        }

        return result;
    }

    private void Fill(Feature feature, Table table, int[] rows, int start, Span<double> output)
    {
        var column = table[feature.Column];
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = Value(feature, column, rows[start + i]);
        }
    }

    private double Value(Feature feature, Table table, int row) => Value(feature, table[feature.Column], row);

    private double Value(Feature feature, Column column, int row) =>
        feature.Code == Feature.Other
            // Every level without an indicator of its own (missing included when it is rare).
            ? (Array.BinarySearch(_levelFeature[feature.Column], ((CategoricalColumn)column).Codes[row]) >= 0 ? 0 : 1)
            : feature.Value(column, row);

    private static Matrix<double> ExactComponents(Matrix<double> centred)
    {
        var take = centred.RowCount;
        var dimensions = centred.ColumnCount;
        var covariance = centred.TransposeThisAndMultiply(centred) / Math.Max(1, take - 1);
        var evd = covariance.Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, dimensions).OrderByDescending(i => evd.EigenValues[i].Real).ThenBy(i => i).Take(MaxDimensions).ToArray();
        return Matrix<double>.Build.Dense(dimensions, order.Length, (i, j) => evd.EigenVectors[i, order[j]]);
    }

    /// <summary>The leading principal directions by randomised subspace iteration: a seeded Gaussian test matrix of
    /// <see cref="MaxDimensions"/> + 10 columns, four power iterations with re-orthonormalisation, then the exact
    /// eigenvectors of the small projected problem. Cost linear in the feature count (a 5,000-feature covariance would
    /// take minutes to decompose).</summary>
    private static Matrix<double> RandomisedComponents(Matrix<double> centred, DeterministicRandom random)
    {
        var dimensions = centred.ColumnCount;
        var width = Math.Min(dimensions, MaxDimensions + 10);
        var omega = Matrix<double>.Build.Dense(dimensions, width, (_, _) => random.NextGaussian());
        var q = (centred * omega).QR().Q.SubMatrix(0, centred.RowCount, 0, Math.Min(width, centred.RowCount));
        for (var iteration = 0; iteration < 4; iteration++)
        {
            var z = centred.TransposeThisAndMultiply(q).QR().Q.SubMatrix(0, dimensions, 0, q.ColumnCount);
            q = (centred * z).QR().Q.SubMatrix(0, centred.RowCount, 0, q.ColumnCount);
        }

        // B = Qᵀ X (width × dimensions); the right singular vectors of B are the leading principal directions:
        // B Bᵀ = U S² Uᵀ, V = Bᵀ U S⁻¹.
        var b = q.TransposeThisAndMultiply(centred);
        var evd = (b * b.Transpose()).Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, b.RowCount).OrderByDescending(i => evd.EigenValues[i].Real).ThenBy(i => i)
            .Where(i => evd.EigenValues[i].Real > 1e-12).Take(MaxDimensions).ToArray();
        var v = b.TransposeThisAndMultiply(evd.EigenVectors);
        return Matrix<double>.Build.Dense(dimensions, order.Length, (i, j) => v[i, order[j]] / Math.Sqrt(evd.EigenValues[order[j]].Real));
    }

    private void AddNumeric(string name, IReadOnlyList<(Table Table, int[] Rows)> fit)
    {
        double sum = 0, sumSq = 0;
        var n = 0;
        var missing = false;
        foreach (var (table, rows) in fit)
        {
            var values = ((NumericColumn)table[name]).Values;
            foreach (var r in rows)
            {
                var v = values[r];
                if (double.IsNaN(v))
                {
                    missing = true;
                    continue;
                }

                sum += v;
                sumSq += v * v;
                n++;
            }
        }

        var mean = n > 0 ? sum / n : 0;
        var sd = n > 1 ? Math.Sqrt(Math.Max(0, (sumSq - (sum * sum / n)) / (n - 1))) : 0;
        if (sd > 0)
        {
            _features.Add(new Feature(name, Feature.Standardised, mean, sd));
        }

        if (missing)
        {
            _features.Add(new Feature(name, Feature.MissingIndicator, 0, 1));
        }
    }

    private void AddCategorical(string name, IReadOnlyList<(Table Table, int[] Rows)> fit)
    {
        // Counts by code; index 0 holds the missing code (−1), so code c sits at c + 1.
        var levels = fit.Max(f => ((CategoricalColumn)f.Table[name]).Levels.Length);
        var counts = new long[levels + 1];
        foreach (var (table, rows) in fit)
        {
            var codes = ((CategoricalColumn)table[name]).Codes;
            foreach (var r in rows)
            {
                counts[codes[r] + 1]++;
            }
        }

        var seen = Enumerable.Range(0, counts.Length).Where(k => counts[k] > 0).ToArray();
        if (seen.Length < 2)
        {
            return;
        }

        var kept = seen.Length <= MaxLevels
            ? seen
            : [.. seen.OrderByDescending(k => counts[k]).ThenBy(k => k).Take(MaxLevels).Order()];
        var own = kept.Select(k => k - 1).ToArray();
        foreach (var code in own)
        {
            _features.Add(new Feature(name, code, 0, 1));
        }

        if (kept.Length < seen.Length)
        {
            _levelFeature[name] = own;
            _features.Add(new Feature(name, Feature.Other, 0, 1));
            PooledColumns = [.. PooledColumns, name];
        }
    }

    /// <summary>One feature: a standardised numeric value, a missing indicator, the indicator of one categorical code, or
    /// the indicator of the pooled rare codes.</summary>
    private sealed record Feature(string Column, int Code, double Mean, double Sd)
    {
        public const int Standardised = int.MinValue;
        public const int MissingIndicator = int.MinValue + 1;
        public const int Other = int.MinValue + 2;

        public double Value(Column column, int row)
        {
            if (Code == Standardised)
            {
                var v = ((NumericColumn)column).Values[row];
                return double.IsNaN(v) ? 0 : (v - Mean) / Sd;
            }

            if (Code == MissingIndicator)
            {
                return double.IsNaN(((NumericColumn)column).Values[row]) ? 1 : 0;
            }

            return ((CategoricalColumn)column).Codes[row] == Code ? 1 : 0;
        }
    }
}
