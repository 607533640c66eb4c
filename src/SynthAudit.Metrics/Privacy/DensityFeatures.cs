using MathNet.Numerics.LinearAlgebra;
using SynthAudit.Core.Data;
using SynthAudit.Core.Randomness;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The numeric feature space of the density attack (docs/metrics.md 1.5 and 4.4b): standardised numerics (missing →
/// mean plus an indicator), one-hot categoricals (missing is a level), projected on the leading principal components when
/// there are more than <see cref="MaxDimensions"/> features.</summary>
/// <remarks>Everything is fitted on the attacker's data only (synthetic rows and the reference holdout half), never on the
/// rows whose membership is evaluated.</remarks>
internal sealed class DensityFeatures
{
    /// <summary>Above this many features the data are projected on this many principal components (KDE degrades with dimension).</summary>
    public const int MaxDimensions = 10;

    private const int PcaSample = 5000;

    private readonly List<Feature> _features = [];
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
        var x = Matrix<double>.Build.Dense(take, Dimensions, (i, j) => _features[j].Value(all[picked[i]].Table[_features[j].Column], all[picked[i]].Row));
        for (var j = 0; j < Dimensions; j++)
        {
            _centre[j] = x.Column(j).Sum() / take;
        }

        var centred = Matrix<double>.Build.Dense(take, Dimensions, (i, j) => x[i, j] - _centre[j]);
        var covariance = centred.TransposeThisAndMultiply(centred) / Math.Max(1, take - 1);
        var evd = covariance.Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, Dimensions).OrderByDescending(i => evd.EigenValues[i].Real).ThenBy(i => i).Take(MaxDimensions).ToArray();
        _projection = Matrix<double>.Build.Dense(Dimensions, order.Length, (i, j) => evd.EigenVectors[i, order[j]]);
        Dimensions = order.Length;
        Components = order.Length;
    }

    /// <summary>The number of output dimensions.</summary>
    public int Dimensions { get; }

    /// <summary>The number of principal components used (0 when no projection).</summary>
    public int Components { get; }

    /// <summary>The number of features before projection.</summary>
    public int RawDimensions => _features.Count;

    /// <summary>The features of <paramref name="rows"/> of <paramref name="table"/>, column-major.</summary>
    public double[][] Transform(Table table, int[] rows)
    {
        var raw = new double[_features.Count][];
        for (var j = 0; j < raw.Length; j++)
        {
            raw[j] = new double[rows.Length];
            var feature = _features[j];
            var column = table[feature.Column];
            for (var i = 0; i < rows.Length; i++)
            {
                raw[j][i] = feature.Value(column, rows[i]);
            }
        }

        if (_projection is null)
        {
            return raw;
        }

        var result = new double[_projection.ColumnCount][];
        for (var c = 0; c < result.Length; c++)
        {
            result[c] = new double[rows.Length];
            for (var j = 0; j < raw.Length; j++)
            {
                var w = _projection[j, c];
                if (w == 0)
                {
                    continue;
                }

                var shift = _centre[j];
                var src = raw[j];
                var dst = result[c];
                for (var i = 0; i < dst.Length; i++)
                {
                    dst[i] += (src[i] - shift) * w;
                }
            }
        }

        return result;
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
        var seen = new SortedSet<int>();
        foreach (var (table, rows) in fit)
        {
            var codes = ((CategoricalColumn)table[name]).Codes;
            foreach (var r in rows)
            {
                seen.Add(codes[r]);
            }
        }

        if (seen.Count < 2)
        {
            return;
        }

        foreach (var code in seen)
        {
            _features.Add(new Feature(name, code, 0, 1));
        }
    }

    /// <summary>One feature: a standardised numeric value, a missing indicator, or the indicator of one categorical code.</summary>
    private sealed record Feature(string Column, int Code, double Mean, double Sd)
    {
        public const int Standardised = int.MinValue;
        public const int MissingIndicator = int.MinValue + 1;

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
