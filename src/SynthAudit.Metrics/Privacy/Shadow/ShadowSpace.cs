using System.Collections.Immutable;
using SynthAudit.Core.Data;
using SynthAudit.Metrics.Neighbors;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Privacy.Shadow;

/// <summary>The space the shadow attack measures in: the Gower distance of docs/metrics.md 1.3 over the used columns (numeric
/// ranges from the real and population data) and discrete cells for marginal counts (categorical codes; numeric values in
/// deciles of the population sample).</summary>
public sealed class ShadowSpace
{
    private const int NumericBins = 10;
    private readonly double[]?[] _edges;

    /// <summary>Creates the space over <paramref name="columns"/> of the aligned real and population tables.</summary>
    public ShadowSpace(IReadOnlyList<string> columns, Table real, Table population)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(population);
        Columns = [.. columns];
        Encoding = new GowerEncoding(Columns, real, population);
        _edges = new double[Columns.Length][];
        for (var j = 0; j < Columns.Length; j++)
        {
            if (population[Columns[j]] is NumericColumn numeric)
            {
                var sorted = Quantiles.Sorted(numeric.Values);
                var edges = new SortedSet<double>();
                for (var b = 1; b < NumericBins; b++)
                {
                    var q = Quantiles.OfSorted(sorted, (double)b / NumericBins);
                    if (!double.IsNaN(q))
                    {
                        edges.Add(q);
                    }
                }

                _edges[j] = [.. edges];
            }
        }
    }

    /// <summary>The used columns, in order.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>The Gower encoding.</summary>
    public GowerEncoding Encoding { get; }

    /// <summary>Encodes an aligned table.</summary>
    public ShadowRows Encode(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var cells = new int[Columns.Length][];
        for (var j = 0; j < Columns.Length; j++)
        {
            var column = table[Columns[j]];
            if (column is CategoricalColumn categorical)
            {
                cells[j] = categorical.Codes;
                continue;
            }

            var values = ((NumericColumn)column).Values;
            var edges = _edges[j] ?? [];
            var bins = new int[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                var v = values[i];
                if (double.IsNaN(v))
                {
                    bins[i] = -1;
                    continue;
                }

                // Bin b holds edges[b - 1] < v ≤ edges[b].
                var at = Array.BinarySearch(edges, v);
                bins[i] = at >= 0 ? at : ~at;
            }

            cells[j] = bins;
        }

        return new ShadowRows(Encoding.Encode(table), cells);
    }
}
