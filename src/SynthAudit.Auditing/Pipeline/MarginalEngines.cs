using SynthAudit.Auditing.IO;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Marginals;
using SynthAudit.Core.Schema;
using SynthAudit.Sql;

namespace SynthAudit.Auditing.Pipeline;

/// <summary>Opens the statistics engine an audit or a comparison asked for (<c>--engine</c>).</summary>
internal static class MarginalEngines
{
    /// <summary>What audit.json states about the push-down (setting <c>engineScope</c>).</summary>
    public const string DuckDbScope =
        "point values and holdout floors of the marginal-based fidelity metrics (ks_complement, tv_complement, wasserstein, "
        + "correlation_similarity, contingency_similarity, kmarginal, coverage, and the marginal components of quality_score) "
        + "computed by DuckDB from the input files; their bootstrap intervals (resampling the loaded rows), detection, pmse "
        + "and every utility, fairness and privacy metric computed in-process on the loaded tables";

    /// <summary>The engine's name as recorded in audit.json.</summary>
    public static string Name(AuditEngine engine) => engine == AuditEngine.DuckDb ? "duckdb" : "inprocess";

    /// <summary>Checks, before any data is read, that every table the engine must read is a file.</summary>
    /// <param name="request">The request (its real and holdout sources).</param>
    /// <param name="synthetics">The synthetic sets by name (one unnamed set for an audit).</param>
    /// <exception cref="ConfigException">DuckDB was asked for and a table is not a file.</exception>
    public static void CheckSources(AuditRequest request, IEnumerable<(string? Name, TableSource Source)> synthetics)
    {
        if (request.Engine == AuditEngine.InProcess)
        {
            return;
        }

        Source(MarginalSide.Real, null, request.Real);
        foreach (var (name, source) in synthetics)
        {
            Source(MarginalSide.Synthetic, name, source);
        }

        if (request.Holdout is { } holdout)
        {
            Source(MarginalSide.Holdout, null, holdout);
        }
    }

    /// <summary>Checks, right after the schema is inferred (before any warning is shown or metric runs), that the engine reads
    /// every used column.</summary>
    /// <exception cref="ConfigException">DuckDB was asked for and a used column is a datetime column.</exception>
    public static void CheckColumns(AuditRequest request, TableSchema schema)
    {
        if (request.Engine != AuditEngine.InProcess)
        {
            Columns(schema);
        }
    }

    /// <summary>The statistics engine of <paramref name="request"/>, or null for the in-process default.</summary>
    /// <exception cref="ConfigException">DuckDB was asked for with a source that is not a file, or with a datetime column.</exception>
    public static SqlMarginalStatistics? Open(AuditRequest request, LoadedAudit loaded) =>
        Open(request, loaded.Input.Schema, [(null, request.Synthetic)]);

    /// <summary>One engine for a whole comparison: the real and holdout files are loaded once, every synthetic file beside them
    /// (set i is <see cref="SqlMarginalStatistics.ForSynthetic"/>(i)); null for the in-process default.</summary>
    /// <exception cref="ConfigException">DuckDB was asked for with a source that is not a file, or with a datetime column.</exception>
    public static SqlMarginalStatistics? Open(AuditRequest request, TableSchema schema, IReadOnlyList<(string? Name, TableSource Source)> synthetics)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(synthetics);
        if (request.Engine == AuditEngine.InProcess)
        {
            return null;
        }

        var sources = new List<SqlSource> { Source(MarginalSide.Real, null, request.Real) };
        sources.AddRange(synthetics.Select(s => Source(MarginalSide.Synthetic, s.Name, s.Source)));
        if (request.Holdout is { } holdout)
        {
            sources.Add(Source(MarginalSide.Holdout, null, holdout));
        }

        var columns = Columns(schema);
        var csv = request.CsvOptions ?? CsvReadOptions.Default;
        return DuckDbMarginalEngine.Open(sources, columns, csv.MissingTokens, csv.Delimiter);
    }

    private static List<SqlColumn> Columns(TableSchema schema)
    {
        var columns = new List<SqlColumn>();
        foreach (var column in schema.Used)
        {
            columns.Add(new SqlColumn(column.Name, column.Kind switch
            {
                ColumnKind.Numeric => SqlColumnKind.Numeric,
                ColumnKind.Boolean => SqlColumnKind.Boolean,
                ColumnKind.Categorical => SqlColumnKind.Categorical,
                _ => throw new ConfigException(null, "--engine",
                    "duckdb does not read " + column.Kind.ToString().ToLowerInvariant() + " columns yet (column '" + column.Name + "'); use --engine inprocess"),
            }));
        }

        return columns;
    }

    private static SqlSource Source(MarginalSide side, string? name, TableSource source) => source.Path is { } path
        ? new SqlSource(side, path, TableFiles.IsParquet(path) ? SqlSourceFormat.Parquet : SqlSourceFormat.Csv)
        : throw new ConfigException(null, "--engine", "duckdb reads CSV or Parquet files; the " + side.ToString().ToLowerInvariant()
            + " table" + (name is null ? string.Empty : " '" + name + "'") + " is not a file");
}
