using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Errors;

namespace SynthAudit.Core.Schema;

/// <summary>Converts real, synthetic and holdout files to one schema: columns matched by name in any order, one level list
/// per categorical column shared by every table, so a code means the same value everywhere.</summary>
/// <remarks>A schema column missing from a file is an error naming it; extra columns are ignored with a warning; categories
/// present only in the synthetic data are kept (after the real and holdout ones) and counted in a warning.</remarks>
public static class TableAligner
{
    /// <summary>Aligns the files to <paramref name="schema"/> (inferred on <paramref name="real"/>).</summary>
    /// <exception cref="SchemaMismatchException">A column is missing from a file, or has text where the real data has numbers.</exception>
    public static AlignedTables Align(TableSchema schema, CsvFile real, CsvFile? synthetic = null, CsvFile? holdout = null) =>
        AlignAll(schema, real, synthetic is null ? [] : [synthetic], holdout);

    /// <summary>Aligns several synthetic files at once, so that every table shares one level list per column (for
    /// <c>compare</c>): levels are the real ones, then the holdout's, then each synthetic file's new ones in order.</summary>
    /// <exception cref="SchemaMismatchException">A column is missing from a file, or has text where the real data has numbers.</exception>
    public static AlignedTables AlignAll(TableSchema schema, CsvFile real, IReadOnlyList<CsvFile> synthetics, CsvFile? holdout)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(synthetics);
        var warnings = new List<string>();
        var files = new List<(string Role, CsvFile File)> { ("real", real) };
        if (holdout is not null)
        {
            files.Add(("holdout", holdout));
        }

        files.AddRange(synthetics.Select(f => ("synthetic", f)));

        foreach (var (role, file) in files.Skip(1))
        {
            var extra = file.Columns.Select(c => c.Name).Where(n => schema.Find(n) is null).ToList();
            if (extra.Count > 0)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"the {role} file has {extra.Count} column(s) not in the real data, ignored: {string.Join(", ", extra)}"));
            }
        }

        var columns = files.Select(_ => new List<Column>()).ToList();
        var unseen = new List<(string Role, string Column, int Levels, int Rows)>();
        foreach (var col in schema.Columns)
        {
            var data = files.Select(f => f.File.Find(col.Name)
                ?? throw new SchemaMismatchException(f.File.Path, col.Name, "column is missing (it is in the real data)")).ToList();
            var converted = col.Kind switch
            {
                ColumnKind.Numeric => data.Select((d, i) => (Column)ToNumeric(col, d, files[i].File.Path)).ToList(),
                ColumnKind.Datetime => data.Select((d, i) => (Column)ToDatetime(col, d, files[i].Role, warnings)).ToList(),
                _ => ToCategorical(col, data, files.Select(f => f.Role).ToList(), unseen),
            };
            for (var i = 0; i < files.Count; i++)
            {
                columns[i].Add(converted[i]);
            }
        }

        warnings.AddRange(UnseenCategoryWarnings(unseen));
        var tables = files.Select((f, i) => new Table(Path.GetFileName(f.File.Path), columns[i])).ToList();
        var synthetic = tables.Skip(holdout is null ? 1 : 2).ToImmutableArray();
        return new AlignedTables(tables[0], synthetic.IsEmpty ? null : synthetic[0], holdout is null ? null : tables[1], [.. warnings])
        {
            Synthetics = synthetic,
        };
    }

    /// <summary>Converts one file to the schema on its own (for splitting and generating).</summary>
    public static Table ToTable(TableSchema schema, CsvFile file) => Align(schema, file).Real;

    private static NumericColumn ToNumeric(ColumnSchema col, CsvColumnData data, string path)
    {
        if (data.Numbers is null && DecimalCommaNumbers.TryParse(data) is { } numbers)
        {
            return new NumericColumn(col.Name, numbers, ColumnKind.Numeric);
        }

        if (data.Numbers is null)
        {
            var shown = data.FirstText is { Length: > 40 } t ? t[..40] + "..." : data.FirstText;
            throw new InputException(path, "text value '" + shown + "' in a column that is numeric in the real data", data.FirstTextLine, col.Name);
        }

        return new NumericColumn(col.Name, data.Numbers, ColumnKind.Numeric);
    }

    private static NumericColumn ToDatetime(ColumnSchema col, CsvColumnData data, string role, List<string> warnings)
    {
        // Numbers (e.g. a column forced to datetime that holds epoch seconds) are seconds already.
        if (data.Numbers is not null)
        {
            return new NumericColumn(col.Name, data.Numbers, ColumnKind.Datetime);
        }

        var seconds = new double[data.Levels.Length];
        for (var i = 0; i < seconds.Length; i++)
        {
            if (!SchemaInference.TryParseDate(data.Levels[i], out seconds[i]))
            {
                seconds[i] = double.NaN;
            }
        }

        var values = new double[data.Codes!.Length];
        var bad = 0;
        for (var r = 0; r < values.Length; r++)
        {
            var code = data.Codes[r];
            values[r] = code < 0 ? double.NaN : seconds[code];
            if (code >= 0 && double.IsNaN(values[r]))
            {
                bad++;
            }
        }

        if (bad > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"column '{col.Name}' of the {role} file: {bad} value(s) are not ISO 8601 dates and were read as missing"));
        }

        return new NumericColumn(col.Name, values, ColumnKind.Datetime);
    }

    /// <summary>One warning per file for categories the real data does not have (one column: that column; several: a list).</summary>
    private static IEnumerable<string> UnseenCategoryWarnings(List<(string Role, string Column, int Levels, int Rows)> unseen)
    {
        foreach (var group in unseen.GroupBy(u => u.Role))
        {
            var list = group.ToList();
            if (list.Count == 1)
            {
                var (role, column, levels, rows) = list[0];
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"column '{column}': {levels} categor{(levels == 1 ? "y" : "ies")} in {rows} row(s) of the {role} file do not occur in the real data; kept as new categories");
                continue;
            }

            var details = string.Join(", ", list.Select(u => string.Create(CultureInfo.InvariantCulture, $"'{u.Column}' ({u.Levels} in {u.Rows} row(s))")));
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{list.Sum(u => u.Levels)} categories in {list.Count} columns of the {group.Key} file do not occur in the real data; kept as new categories: {details}");
        }
    }

    private static List<Column> ToCategorical(ColumnSchema col, List<CsvColumnData> data, List<string> roles,
        List<(string Role, string Column, int Levels, int Rows)> unseen)
    {
        if (col.Kind == ColumnKind.Identifier && data.All(d => d.Numbers is not null) && data.Any(d => d.Codes is null))
        {
            return data.Select(d => (Column)new NumericColumn(col.Name, d.Numbers!, ColumnKind.Identifier)).ToList();
        }

        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        var byNumber = new Dictionary<double, int>();
        var levels = new List<string>();
        var result = new List<Column>();
        var encoded = new List<int[]>();
        for (var f = 0; f < data.Count; f++)
        {
            var (codes, fileLevels) = TextCodes(data[f]);
            var map = new int[fileLevels.Length];
            var newLevels = 0;
            for (var i = 0; i < fileLevels.Length; i++)
            {
                // Levels match by spelling, or else by numeric value, so that "1.0" in one file is "1" in another.
                var isNumber = double.TryParse(fileLevels[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var number);
                if (shared.TryGetValue(fileLevels[i], out map[i]) || (isNumber && byNumber.TryGetValue(number, out map[i])))
                {
                    continue;
                }

                map[i] = levels.Count;
                shared.Add(fileLevels[i], map[i]);
                levels.Add(fileLevels[i]);
                if (isNumber)
                {
                    byNumber.TryAdd(number, map[i]);
                }

                newLevels++;
            }

            var remapped = new int[codes.Length];
            var newRows = 0;
            var firstNew = levels.Count - newLevels;
            for (var r = 0; r < codes.Length; r++)
            {
                remapped[r] = codes[r] < 0 ? CategoricalColumn.MissingCode : map[codes[r]];
                if (f > 0 && remapped[r] >= firstNew)
                {
                    newRows++;
                }
            }

            if (f > 0 && newLevels > 0 && col.Kind is not (ColumnKind.Identifier or ColumnKind.Empty))
            {
                unseen.Add((roles[f], col.Name, newLevels, newRows));
            }

            encoded.Add(remapped);
        }

        var all = levels.ToImmutableArray();
        foreach (var codes in encoded)
        {
            result.Add(new CategoricalColumn(col.Name, codes, all, col.Kind));
        }

        return result;
    }

    private static (int[] Codes, ImmutableArray<string> Levels) TextCodes(CsvColumnData data)
    {
        if (data.Codes is not null)
        {
            return (data.Codes, data.Levels);
        }

        var dict = new Dictionary<string, int>(StringComparer.Ordinal);
        var levels = new List<string>();
        var codes = new int[data.Numbers!.Length];
        for (var r = 0; r < codes.Length; r++)
        {
            var v = data.Numbers[r];
            if (double.IsNaN(v))
            {
                codes[r] = -1;
                continue;
            }

            var text = v.ToString("R", CultureInfo.InvariantCulture);
            if (!dict.TryGetValue(text, out codes[r]))
            {
                codes[r] = levels.Count;
                dict.Add(text, codes[r]);
                levels.Add(text);
            }
        }

        return (codes, [.. levels]);
    }
}
