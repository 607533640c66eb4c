using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Data;

namespace SynthAudit.Metrics.Learning;

/// <summary>Encodes table columns as a dense numeric matrix for linear models (docs/metrics.md section 1.5).</summary>
/// <remarks>
/// Fitted on the model's training rows only. Numeric (and datetime) columns are standardised with the training mean and
/// population standard deviation; a missing value becomes the training mean (0 after standardising) and, when the
/// training rows have any missing value, a 0/1 missing-indicator column is added. Categorical columns are one-hot encoded
/// over the levels seen in training; with <c>dropFirstLevel</c> the first seen level is the reference (reference coding,
/// for logistic regression); missing is a level of its own; a level unseen in training encodes as all zeros. A column with
/// more than <see cref="MaxLevels"/> seen levels keeps its most frequent ones and pools the rest into one column.
/// Columns that would be constant on the training rows (a constant numeric, an indicator that never fires) are left
/// out: they carry no information and no estimable parameter, so <see cref="Width"/> plus the intercept is the
/// parameter count k of a main-effects model (pMSE null distribution, docs/metrics.md 2.10).
/// </remarks>
public sealed class FeatureEncoder
{
    private readonly ImmutableArray<Part> _parts;

    private FeatureEncoder(ImmutableArray<Part> parts, ImmutableArray<string> columns)
    {
        _parts = parts;
        SourceColumns = columns;
        Names = parts.Select(p => p.Name).ToImmutableArray();
    }

    /// <summary>The most levels of one categorical column that get a column of their own; the rarer levels of a
    /// higher-cardinality column share one <c>name=(other)</c> column, so 10,000 levels never become 10,000 dense columns.</summary>
    public const int MaxLevels = 64;

    /// <summary>The source columns, in the order given to <see cref="Fit"/>.</summary>
    public ImmutableArray<string> SourceColumns { get; }

    /// <summary>The name of each encoded column, e.g. <c>age</c>, <c>age=(missing)</c>, <c>sex=Male</c>.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The number of encoded columns (without an intercept).</summary>
    public int Width => _parts.Length;

    /// <summary>The index in <see cref="SourceColumns"/> of the source column of each encoded column.</summary>
    public ImmutableArray<int> SourceIndex => _parts.Select(p => p.Source).ToImmutableArray();

    /// <summary>Fits the encoding on the training rows of <paramref name="training"/>.</summary>
    /// <param name="training">The training table (e.g. the real train split, or real and synthetic stacked with <see cref="TableRows.Concat"/>).</param>
    /// <param name="columns">The feature columns (numeric or categorical; never the target).</param>
    /// <param name="dropFirstLevel">Whether to drop the first seen level of each categorical column (reference coding).</param>
    public static FeatureEncoder Fit(Table training, IReadOnlyList<string> columns, bool dropFirstLevel = true)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(columns);
        var parts = new List<Part>();
        for (var s = 0; s < columns.Count; s++)
        {
            var column = training[columns[s]];
            if (column is NumericColumn numeric)
            {
                AddNumeric(parts, s, numeric);
            }
            else
            {
                AddCategorical(parts, s, (CategoricalColumn)column, dropFirstLevel);
            }
        }

        return new FeatureEncoder([.. parts], [.. columns]);
    }

    /// <summary>Encodes every row of <paramref name="table"/> (which must be aligned with the training table).</summary>
    public FeatureMatrix Transform(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var n = table.RowCount;
        var values = new double[n * _parts.Length];
        for (var p = 0; p < _parts.Length; p++)
        {
            var part = _parts[p];
            var target = values.AsSpan(p * n, n);
            var column = table[SourceColumns[part.Source]];
            if (column is NumericColumn numeric)
            {
                var source = numeric.Values;
                for (var i = 0; i < n; i++)
                {
                    var v = source[i];
                    target[i] = part.Level == Part.MissingLevel
                        ? (double.IsNaN(v) ? 1 : 0)
                        : (double.IsNaN(v) ? 0 : (v - part.Mean) / part.Scale);
                }
            }
            else
            {
                var codes = ((CategoricalColumn)column).Codes;
                if (part.Pooled is { } pooled)
                {
                    for (var i = 0; i < n; i++)
                    {
                        target[i] = (uint)codes[i] < (uint)pooled.Length && pooled[codes[i]] ? 1 : 0;
                    }

                    continue;
                }

                var level = part.Level == Part.MissingLevel ? CategoricalColumn.MissingCode : part.Level;
                for (var i = 0; i < n; i++)
                {
                    target[i] = codes[i] == level ? 1 : 0;
                }
            }
        }

        return new FeatureMatrix(n, _parts.Length, values, Names);
    }

    private static void AddNumeric(List<Part> parts, int source, NumericColumn column)
    {
        double sum = 0;
        var count = 0;
        foreach (var v in column.Values)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        if (count > 0)
        {
            var mean = sum / count;
            double squares = 0;
            foreach (var v in column.Values)
            {
                if (!double.IsNaN(v))
                {
                    squares += (v - mean) * (v - mean);
                }
            }

            var sd = Math.Sqrt(squares / count);
            if (sd > 1e-12 * Math.Max(1, Math.Abs(mean)))
            {
                parts.Add(new Part(column.Name, source, Part.ValueLevel, mean, sd));
            }
        }

        if (count > 0 && count < column.Length)
        {
            parts.Add(new Part(column.Name + "=(missing)", source, Part.MissingLevel, 0, 1));
        }
    }

    private static void AddCategorical(List<Part> parts, int source, CategoricalColumn column, bool dropFirstLevel)
    {
        var counts = new int[column.Levels.Length];
        var missing = 0;
        foreach (var code in column.Codes)
        {
            if (code < 0)
            {
                missing++;
            }
            else
            {
                counts[code]++;
            }
        }

        var seen = Enumerable.Range(0, counts.Length).Where(l => counts[l] > 0).ToList();
        var distinct = seen.Count + (missing > 0 ? 1 : 0);
        if (distinct < 2)
        {
            return;
        }

        bool[]? pooled = null;
        if (seen.Count > MaxLevels)
        {
            // High cardinality: the most frequent levels keep their own column, the rest share one (issue 17).
            var kept = seen.OrderByDescending(l => counts[l]).ThenBy(l => l).Take(MaxLevels).Order().ToList();
            pooled = new bool[counts.Length];
            foreach (var l in seen.Except(kept))
            {
                pooled[l] = true;
            }

            seen = kept;
        }

        for (var k = dropFirstLevel ? 1 : 0; k < seen.Count; k++)
        {
            parts.Add(new Part(column.Name + "=" + column.Levels[seen[k]], source, seen[k], 0, 1));
        }

        if (pooled is not null)
        {
            parts.Add(new Part(column.Name + "=(other)", source, Part.OtherLevel, 0, 1) { Pooled = pooled });
        }

        if (missing > 0 && (seen.Count > 0 || !dropFirstLevel))
        {
            parts.Add(new Part(column.Name + "=(missing)", source, Part.MissingLevel, 0, 1));
        }
    }

    private sealed record Part(string Name, int Source, int Level, double Mean, double Scale)
    {
        public const int ValueLevel = -2;
        public const int MissingLevel = -1;
        public const int OtherLevel = -3;

        /// <summary>For the pooled "other" column: which codes it covers.</summary>
        public bool[]? Pooled { get; init; }

        public override string ToString() => Name + "@" + Level.ToString(CultureInfo.InvariantCulture);
    }
}
