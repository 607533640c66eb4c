using System.Globalization;
using System.Text;
using SynthAudit.Core.Marginals;

namespace SynthAudit.Sql;

/// <summary>Every SQL statement of the push-down, in one place: the statements are plain SQL (CTEs, GROUP BY, window
/// sums, CASE), and the few engine-specific pieces are virtual members, so another engine (Spark SQL, Trino, BigQuery)
/// is one more subclass, not a rewrite (docs/scale.md).</summary>
/// <remarks>Every statistic is a <c>GROUP BY</c> count or a sum: contingency tables and histograms merge across
/// partitions by adding counts, the co-moment sums by adding sums. Only the midranks of Spearman need an ordered window
/// over the distinct values of one column.</remarks>
public abstract class SqlDialect
{
    /// <summary>The engine name as recorded in audit.json.</summary>
    public abstract string Name { get; }

    /// <summary>Statements run once per connection before anything else (thread count, spill directory).</summary>
    /// <param name="spillDirectory">A private directory the engine may spill to.</param>
    public abstract IReadOnlyList<string> SessionSetup(string spillDirectory);

    /// <summary>A table expression that scans a CSV file with every field as text.</summary>
    /// <param name="path">The file.</param>
    /// <param name="delimiter">The delimiter, or null to let the engine detect it.</param>
    public abstract string ScanCsv(string path, char? delimiter);

    /// <summary>A table expression that scans a Parquet file.</summary>
    public abstract string ScanParquet(string path);

    /// <summary>A quoted identifier.</summary>
    public virtual string Identifier(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>A string literal.</summary>
    public virtual string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>A DOUBLE literal that parses back to exactly <paramref name="value"/> (round-trip digits).</summary>
    public virtual string Double(double value) => "CAST(" + Text(value.ToString("R", CultureInfo.InvariantCulture)) + " AS DOUBLE)";

    /// <summary><paramref name="text"/> without leading and trailing spaces and tabs.</summary>
    public virtual string TrimBlanks(string text) => "TRIM(" + text + ", ' ' || CHR(9))";

    /// <summary><paramref name="text"/> parsed as a DOUBLE, NULL when it does not parse.</summary>
    public virtual string TryDouble(string text) => "TRY_CAST(" + text + " AS DOUBLE)";

    /// <summary>Whether a DOUBLE is finite (not NaN or infinite).</summary>
    public virtual string IsFinite(string number) => "ISFINITE(" + number + ")";

    /// <summary>The statement that loads one file into <paramref name="table"/>, one normalised column per
    /// <paramref name="columns"/> entry, named <c>c0</c>, <c>c1</c>, … in order.</summary>
    /// <param name="table">The table to create.</param>
    /// <param name="scan">The scan of the file (<see cref="ScanCsv"/> or <see cref="ScanParquet"/>).</param>
    /// <param name="format">The file format: CSV text is trimmed and missing-value tokens become NULL, as the in-process
    /// reader does; Parquet keeps its types, and only NULL and NaN are missing.</param>
    /// <param name="columns">The columns, each with its name as the scan spells it (null: absent from the file).</param>
    /// <param name="missingTokens">The CSV missing-value tokens (matched after trimming, without case).</param>
    public string CreateTable(string table, string scan, SqlSourceFormat format, IReadOnlyList<(SqlColumn Column, string? ScanName)> columns,
        IReadOnlyList<string> missingTokens)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(missingTokens);
        var tokens = string.Join(", ", missingTokens.Select(t => Text(t.Trim().ToLowerInvariant())).Prepend(Text(string.Empty)).Distinct(StringComparer.Ordinal));
        var select = new List<string>();
        for (var i = 0; i < columns.Count; i++)
        {
            var (column, scanName) = columns[i];
            string expression;
            if (scanName is null)
            {
                expression = column.Kind == SqlColumnKind.Numeric ? "CAST(NULL AS DOUBLE)" : "CAST(NULL AS VARCHAR)";
            }
            else if (format == SqlSourceFormat.Csv)
            {
                var trimmed = TrimBlanks("CAST(" + Identifier(scanName) + " AS VARCHAR)");
                var text = "CASE WHEN LOWER(" + trimmed + ") IN (" + tokens + ") THEN NULL ELSE " + trimmed + " END";
                expression = Typed(column.Kind, text);
            }
            else
            {
                expression = column.Kind == SqlColumnKind.Numeric
                    ? Typed(SqlColumnKind.Numeric, Identifier(scanName))
                    : Typed(column.Kind, "CAST(" + Identifier(scanName) + " AS VARCHAR)");
            }

            select.Add(expression + " AS c" + i.ToString(CultureInfo.InvariantCulture));
        }

        return "CREATE TABLE " + Identifier(table) + " AS SELECT " + string.Join(", ", select) + " FROM " + scan;
    }

    /// <summary>The rows of a table.</summary>
    public string RowCount(string table) => "SELECT COUNT(*) FROM " + Identifier(table);

    /// <summary>The histogram of a numeric column on its distinct values, ascending, NULL (missing) last.</summary>
    public string ValueCounts(string table, string column) =>
        "SELECT " + Identifier(column) + ", COUNT(*) FROM " + Identifier(table) + " GROUP BY " + Identifier(column)
        + " ORDER BY " + Identifier(column) + " NULLS LAST";

    /// <summary>The rows per level of a categorical column (NULL: missing).</summary>
    public string CategoryCounts(string table, string column) =>
        "SELECT " + Identifier(column) + ", COUNT(*) FROM " + Identifier(table) + " GROUP BY " + Identifier(column);

    /// <summary>The contingency tables of several column sets in one scan: <c>GROUP BY GROUPING SETS</c> over binned
    /// members. Rows are <c>(g0 … gK−1, m0 … mK−1, count)</c>: <c>gi</c> is 1 when member <c>i</c> is not part of the row's
    /// set (<c>GROUPING(mi)</c>), <c>mi</c> the member's bin number (numeric, on its edges) or level (categorical), NULL
    /// for missing.</summary>
    /// <param name="table">The table.</param>
    /// <param name="members">The distinct members (table column, kind and edges); the bins are computed once per row.</param>
    /// <param name="sets">The column sets as indices into <paramref name="members"/>.</param>
    public string CellCounts(string table, IReadOnlyList<(string Column, MarginalColumn Member)> members, IReadOnlyList<int[]> sets)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(sets);
        string M(int i) => "m" + i.ToString(CultureInfo.InvariantCulture);
        var binned = members.Select((m, i) => Key(m.Column, m.Member) + " AS " + M(i));
        var grouping = Enumerable.Range(0, members.Count).Select(i => "GROUPING(" + M(i) + ") AS g" + i.ToString(CultureInfo.InvariantCulture));
        var groups = sets.Select(set => "(" + string.Join(", ", set.Select(M)) + ")");
        return "WITH b AS (SELECT " + string.Join(", ", binned) + " FROM " + Identifier(table) + ") SELECT "
            + string.Join(", ", grouping) + ", " + string.Join(", ", Enumerable.Range(0, members.Count).Select(M))
            + ", COUNT(*) AS n FROM b GROUP BY GROUPING SETS (" + string.Join(", ", groups) + ")";
    }

    /// <summary>The Pearson and Spearman sums of two numeric columns over the rows where both are present: count, distinct
    /// values of each, sums of the values centred on their means, and sums of midranks centred on <c>(n + 1) / 2</c>.</summary>
    public string Moments(string table, string x, string y)
    {
        string qx = Identifier(x), qy = Identifier(y);
        var sb = new StringBuilder();
        sb.Append("WITH p AS (SELECT ").Append(qx).Append(" AS x, ").Append(qy).Append(" AS y FROM ").Append(Identifier(table))
            .Append(" WHERE ").Append(qx).Append(" IS NOT NULL AND ").Append(qy).Append(" IS NOT NULL), ");
        sb.Append("m AS (SELECT COUNT(*) AS n, AVG(x) AS mx, AVG(y) AS my, COUNT(DISTINCT x) AS nx, COUNT(DISTINCT y) AS ny FROM p), ");
        // Midrank of a distinct value: rows up to and including it, minus (its rows − 1) / 2.
        sb.Append("rx AS (SELECT x, CAST(SUM(COUNT(*)) OVER (ORDER BY x) AS DOUBLE) - (CAST(COUNT(*) AS DOUBLE) - 1) / 2 AS r FROM p GROUP BY x), ");
        sb.Append("ry AS (SELECT y, CAST(SUM(COUNT(*)) OVER (ORDER BY y) AS DOUBLE) - (CAST(COUNT(*) AS DOUBLE) - 1) / 2 AS r FROM p GROUP BY y), ");
        sb.Append("j AS (SELECT p.x - m.mx AS u, p.y - m.my AS v, rx.r - (CAST(m.n AS DOUBLE) + 1) / 2 AS a, ry.r - (CAST(m.n AS DOUBLE) + 1) / 2 AS b ")
            .Append("FROM p JOIN rx ON p.x = rx.x JOIN ry ON p.y = ry.y CROSS JOIN m) ");
        sb.Append("SELECT (SELECT n FROM m), (SELECT nx FROM m), (SELECT ny FROM m), ")
            .Append("SUM(u), SUM(v), SUM(u * u), SUM(v * v), SUM(u * v), SUM(a), SUM(b), SUM(a * a), SUM(b * b), SUM(a * b) FROM j");
        return sb.ToString();
    }

    private string Typed(SqlColumnKind kind, string text) => kind switch
    {
        SqlColumnKind.Numeric => "CASE WHEN " + IsFinite(TryDouble(text)) + " THEN " + TryDouble(text) + " END",
        SqlColumnKind.Boolean => "LOWER(" + text + ")",
        _ => text,
    };

    private string Key(string column, MarginalColumn member)
    {
        var c = Identifier(column);
        if (!member.IsNumeric)
        {
            return c;
        }

        // The bin is the number of edges strictly below the value: x <= e0 is bin 0, e0 < x <= e1 is bin 1, ….
        var sb = new StringBuilder("CASE");
        for (var e = 0; e < member.Edges.Length; e++)
        {
            sb.Append(" WHEN ").Append(c).Append(" <= ").Append(Double(member.Edges[e])).Append(" THEN ").Append(e.ToString(CultureInfo.InvariantCulture));
        }

        sb.Append(" WHEN ").Append(c).Append(" IS NOT NULL THEN ").Append(member.Edges.Length.ToString(CultureInfo.InvariantCulture)).Append(" END");
        return sb.ToString();
    }
}
