using System.Collections.Immutable;
using SynthAudit.Core.Data;

namespace SynthAudit.Testing;

/// <summary>Builds tiny tables for tests: <c>new TableBuilder().Numeric("age", 1, 2).Categorical("sex", "F", "M").Build()</c>.</summary>
public sealed class TableBuilder
{
    private readonly List<Column> _columns = [];
    private readonly string _name;

    /// <summary>Creates a builder for a table with the given name.</summary>
    public TableBuilder(string name = "test")
    {
        _name = name;
    }

    /// <summary>Adds a numeric column (NaN = missing).</summary>
    public TableBuilder Numeric(string name, params double[] values)
    {
        _columns.Add(new NumericColumn(name, values));
        return this;
    }

    /// <summary>Adds a categorical column; null = missing. Levels in order of first appearance.</summary>
    public TableBuilder Categorical(string name, params string?[] values) => Categorical(name, null, values);

    /// <summary>Adds a categorical column with a given level list (to share levels between tables); null = missing.</summary>
    public TableBuilder Categorical(string name, IReadOnlyList<string>? levels, params string?[] values)
    {
        var list = levels?.ToList() ?? [];
        var codes = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null)
            {
                codes[i] = CategoricalColumn.MissingCode;
                continue;
            }

            var code = list.IndexOf(values[i]!);
            if (code < 0)
            {
                code = list.Count;
                list.Add(values[i]!);
            }

            codes[i] = code;
        }

        _columns.Add(new CategoricalColumn(name, codes, [.. list]));
        return this;
    }

    /// <summary>Builds the table.</summary>
    public Table Build() => new(_name, _columns);
}
