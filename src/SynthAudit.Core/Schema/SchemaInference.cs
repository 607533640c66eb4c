using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Errors;

namespace SynthAudit.Core.Schema;

/// <summary>Infers each column's kind from the real (train) data (docs/metrics.md sections 1.1 and 1.2) and applies user overrides.</summary>
/// <remarks>Numeric: every non-missing value is a number. Boolean: values are exactly {0,1} or a true/false, yes/no, t/f,
/// y/n pair. Datetime: at least 95 % of a text column's values parse as ISO 8601. Identifier (excluded from every metric,
/// because it would dominate distances and carries nothing a generator should learn): at least 20 values and 95 % of them
/// distinct (text or integers), an arithmetic sequence of distinct integers (row numbers), 90 % UUID/e-mail/phone
/// patterns, or an id-like name with at least 50 % distinct values.</remarks>
public static partial class SchemaInference
{
    private static readonly string[][] s_booleanPairs =
    [
        ["true", "false"], ["t", "f"], ["yes", "no"], ["y", "n"],
    ];

    private static readonly string[] s_dateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy/MM/dd",
    ];

    /// <summary>Infers the schema of <paramref name="real"/> and applies <paramref name="options"/>.</summary>
    /// <exception cref="ConfigException">An option names a column the file does not have, or a role is given twice.</exception>
    public static InferredSchema Infer(CsvFile real, SchemaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(real);
        options ??= SchemaOptions.Default;
        CheckNamed(real, options.Target is null ? [] : [options.Target], "--target");
        CheckNamed(real, options.Sensitive, "--sensitive");
        CheckNamed(real, options.Exclude, "--exclude");
        CheckNamed(real, options.Kinds.Keys, "columns");
        if (options.Target is not null && options.Sensitive.Contains(options.Target, StringComparer.Ordinal))
        {
            throw new ConfigException(null, "--sensitive", "the target column cannot also be a sensitive column");
        }

        var warnings = new List<string>();
        var columns = ImmutableArray.CreateBuilder<ColumnSchema>(real.Columns.Length);
        foreach (var column in real.Columns)
        {
            var isTarget = string.Equals(options.Target, column.Name, StringComparison.Ordinal);
            // A column the user excluded is in no metric: what inference notices about it (high cardinality, an identifier)
            // is not worth a warning.
            var excluded = !isTarget && !options.Sensitive.Contains(column.Name, StringComparer.Ordinal) && options.Exclude.Contains(column.Name, StringComparer.Ordinal);
            var kind = options.Kinds.TryGetValue(column.Name, out var forced) ? forced : InferKind(column, isTarget, excluded ? [] : warnings);
            if (kind == ColumnKind.Empty && (isTarget || options.Sensitive.Contains(column.Name, StringComparer.Ordinal)))
            {
                throw new ConfigException(null, isTarget ? "--target" : "--sensitive",
                    "column '" + column.Name + "' is empty in " + real.Path + " (every value is missing), so it cannot be " + (isTarget ? "the target" : "a sensitive column"));
            }

            var role = ColumnRole.Feature;
            if (string.Equals(options.Target, column.Name, StringComparison.Ordinal))
            {
                role = ColumnRole.Target;
            }
            else if (options.Sensitive.Contains(column.Name, StringComparer.Ordinal))
            {
                role = ColumnRole.Sensitive;
            }
            else if (options.Exclude.Contains(column.Name, StringComparer.Ordinal) || kind is ColumnKind.Identifier or ColumnKind.Empty)
            {
                role = ColumnRole.Excluded;
            }

            if (kind == ColumnKind.Identifier && role is ColumnRole.Target or ColumnRole.Sensitive)
            {
                warnings.Add("column '" + column.Name + "' looks like an identifier but was named as " +
                    (role == ColumnRole.Target ? "the target" : "a sensitive column") + "; it is treated as categorical");
                kind = ColumnKind.Categorical;
            }

            if (kind == ColumnKind.Numeric && !column.IsNumeric && DecimalCommaNumbers.TryParse(column) is null)
            {
                throw new ConfigException(null, column.Name, "the config says numeric but the column has text values");
            }

            columns.Add(new ColumnSchema(column.Name, kind, role));
        }

        return new InferredSchema(new TableSchema(columns.ToImmutable()), [.. warnings]);
    }

    private static void CheckNamed(CsvFile real, IEnumerable<string> names, string option)
    {
        foreach (var name in names)
        {
            if (real.Find(name) is null)
            {
                throw new ConfigException(null, option, "column '" + name + "' is not in " + real.Path);
            }
        }
    }

    private static ColumnKind InferKind(CsvColumnData column, bool isTarget, List<string> warnings)
    {
        if (column.DeclaredKind == ColumnKind.Datetime)
        {
            return ColumnKind.Datetime;
        }

        var present = column.IsNumeric ? column.Numbers!.Count(v => !double.IsNaN(v)) : column.Codes!.Count(c => c >= 0);
        if (present == 0)
        {
            // An all-missing column is not numeric: text in the synthetic file must not be rejected there.
            warnings.Add("column '" + column.Name + "' is empty in the real data (every value is missing); excluded from every metric");
            return ColumnKind.Empty;
        }

        if (!column.IsNumeric && DecimalCommaNumbers.TryParse(column) is { } numbers)
        {
            // A ';' file saved in a German or French locale: read the numbers rather than make them categories.
            warnings.Add("column '" + column.Name + "' holds numbers written with a decimal comma (such as 1,5); read as numbers");
            column = CsvColumnData.FromNumbers(column.Name, numbers);
        }

        if (isTarget && column.IsNumeric && BinaryNumericTarget(column, warnings))
        {
            return ColumnKind.Boolean;
        }

        return column.IsNumeric ? InferNumeric(column, warnings) : InferText(column, warnings);
    }

    /// <summary>A numeric target with exactly two distinct values (German credit's 1 = good, 2 = bad) is a binary class label,
    /// so that utility trains classifiers (AUC, not R²) and fairness uses the same positive class as utility.</summary>
    private static bool BinaryNumericTarget(CsvColumnData column, List<string> warnings)
    {
        var distinct = new SortedSet<double>();
        foreach (var v in column.Numbers!)
        {
            if (!double.IsNaN(v) && distinct.Add(v) && distinct.Count > 2)
            {
                return false;
            }
        }

        if (distinct.Count != 2)
        {
            return false;
        }

        if (distinct.Min != 0 || distinct.Max != 1)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"target '{column.Name}' has two numeric values ({distinct.Min:R} and {distinct.Max:R}): it is a binary class label in every family (utility classifies, fairness uses the same positive class)"));
        }

        return true;
    }

    private static ColumnKind InferNumeric(CsvColumnData column, List<string> warnings)
    {
        var values = column.Numbers!.Where(v => !double.IsNaN(v)).ToArray();
        Array.Sort(values);
        var n = values.Length;
        var distinct = CountDistinctSorted(values);
        if (distinct <= 1)
        {
            warnings.Add("column '" + column.Name + "' is constant in the real data; it carries no information");
            return ColumnKind.Numeric;
        }

        if (distinct == 2 && values[0] == 0 && values[^1] == 1)
        {
            return ColumnKind.Boolean;
        }

        var integers = values.All(v => Math.Abs(v - Math.Round(v)) < 1e-9);
        var uniqueness = (double)distinct / n;
        var reason = (string?)null;
        if (integers && distinct == n && n >= 3 && IsArithmetic(values))
        {
            reason = "its values are a sequence of distinct integers (row numbers)";
        }
        else if (integers && n >= 20 && uniqueness >= 0.95)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"{uniqueness:P0} of its integer values are distinct");
        }
        else if (IdNameRegex().IsMatch(column.Name) && uniqueness >= 0.5)
        {
            reason = "its name looks like an identifier and most values are distinct";
        }

        if (reason is null)
        {
            return ColumnKind.Numeric;
        }

        warnings.Add("column '" + column.Name + "' excluded as an identifier: " + reason + "; it would dominate distances");
        return ColumnKind.Identifier;
    }

    private static ColumnKind InferText(CsvColumnData column, List<string> warnings)
    {
        var levels = column.Levels;
        var counts = new int[levels.Length];
        foreach (var code in column.Codes!)
        {
            if (code >= 0)
            {
                counts[code]++;
            }
        }

        var n = counts.Sum();
        var distinct = counts.Count(c => c > 0);
        if (distinct <= 1)
        {
            warnings.Add("column '" + column.Name + "' is constant in the real data; it carries no information");
            return ColumnKind.Categorical;
        }

        if (distinct == 2)
        {
            var lower = levels.Select(l => l.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            if (s_booleanPairs.Any(p => lower.SetEquals(p)))
            {
                return ColumnKind.Boolean;
            }
        }

        var dateRows = 0;
        var patternRows = 0;
        for (var i = 0; i < levels.Length; i++)
        {
            if (TryParseDate(levels[i], out _))
            {
                dateRows += counts[i];
            }

            if (UuidRegex().IsMatch(levels[i]) || EmailRegex().IsMatch(levels[i]) || PhoneRegex().IsMatch(levels[i]))
            {
                patternRows += counts[i];
            }
        }

        if (dateRows >= 0.95 * n)
        {
            return ColumnKind.Datetime;
        }

        var uniqueness = (double)distinct / n;
        string? reason = null;
        if (patternRows >= 0.9 * n)
        {
            reason = "its values look like UUIDs, e-mail addresses or phone numbers (direct identifiers)";
        }
        else if (n >= 20 && uniqueness >= 0.95)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"{uniqueness:P0} of its values are distinct");
        }
        else if (IdNameRegex().IsMatch(column.Name) && uniqueness >= 0.5)
        {
            reason = "its name looks like an identifier and most values are distinct";
        }

        if (reason is not null)
        {
            warnings.Add("column '" + column.Name + "' excluded as an identifier: " + reason + "; it would dominate distances");
            return ColumnKind.Identifier;
        }

        if (distinct > 50 && uniqueness > 0.5)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"column '{column.Name}' has high cardinality ({distinct} distinct values); its marginal metrics have a large noise floor"));
        }

        return ColumnKind.Categorical;
    }

    /// <summary>Parses an ISO 8601 date or date-time to seconds since the Unix epoch (UTC).</summary>
    public static bool TryParseDate(string text, out double seconds)
    {
        if (text.Length >= 8 && char.IsAsciiDigit(text[0]) &&
            DateTimeOffset.TryParseExact(text, s_dateFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            seconds = (instant - DateTimeOffset.UnixEpoch).TotalSeconds;
            return true;
        }

        seconds = double.NaN;
        return false;
    }

    private static int CountDistinctSorted(double[] sorted)
    {
        var distinct = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                distinct++;
            }
        }

        return distinct;
    }

    private static bool IsArithmetic(double[] sorted)
    {
        var step = sorted[1] - sorted[0];
        for (var i = 2; i < sorted.Length; i++)
        {
            if (Math.Abs(sorted[i] - sorted[i - 1] - step) > 1e-9)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("(^id$|_id$|^id_|uuid|guid|ssn|e-?mail|phone|passport|^name$|_name$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdNameRegex();

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UuidRegex();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"^\+?[0-9 ()\-]{7,}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneRegex();
}
