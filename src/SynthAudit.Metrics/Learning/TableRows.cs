using SynthAudit.Core.Data;

namespace SynthAudit.Metrics.Learning;

/// <summary>Row-wise helpers for aligned tables (tables whose categorical columns share level lists).</summary>
public static class TableRows
{
    /// <summary>The rows of every table, one table after another, over the named columns of the first table.</summary>
    /// <remarks>Codes are copied unchanged, so the tables must be aligned (see <c>TableAligner</c>).</remarks>
    public static Table Concat(IReadOnlyList<Table> tables, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(columns);
        if (tables.Count == 0)
        {
            throw new ArgumentException("At least one table is needed.", nameof(tables));
        }

        var total = tables.Sum(t => t.RowCount);
        var result = new Column[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var first = tables[0][columns[c]];
            if (first is NumericColumn numeric)
            {
                var values = new double[total];
                var offset = 0;
                foreach (var t in tables)
                {
                    ((NumericColumn)t[columns[c]]).Values.CopyTo(values, offset);
                    offset += t.RowCount;
                }

                result[c] = new NumericColumn(first.Name, values, numeric.Kind);
            }
            else
            {
                var categorical = (CategoricalColumn)first;
                var codes = new int[total];
                var offset = 0;
                foreach (var t in tables)
                {
                    ((CategoricalColumn)t[columns[c]]).Codes.CopyTo(codes, offset);
                    offset += t.RowCount;
                }

                result[c] = new CategoricalColumn(first.Name, codes, categorical.Levels, categorical.Kind);
            }
        }

        return new Table(tables[0].Name, result);
    }
}
