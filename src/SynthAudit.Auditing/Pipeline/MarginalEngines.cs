using SynthAudit.Auditing.IO;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Marginals;
using SynthAudit.Sql;

namespace SynthAudit.Auditing.Pipeline;

/// <summary>Opens the statistics engine an audit asked for (<c>--engine</c>).</summary>
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

    /// <summary>The statistics engine of <paramref name="request"/>, or null for the in-process default.</summary>
    /// <exception cref="ConfigException">DuckDB was asked for with a source that is not a file, or with a datetime column.</exception>
    public static SqlMarginalStatistics? Open(AuditRequest request, LoadedAudit loaded)
    {
        if (request.Engine == AuditEngine.InProcess)
        {
            return null;
        }

        var sources = new List<SqlSource> { Source(MarginalSide.Real, request.Real), Source(MarginalSide.Synthetic, request.Synthetic) };
        if (request.Holdout is { } holdout)
        {
            sources.Add(Source(MarginalSide.Holdout, holdout));
        }

        var columns = new List<SqlColumn>();
        foreach (var column in loaded.Input.Schema.Used)
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

        var csv = request.CsvOptions ?? CsvReadOptions.Default;
        return DuckDbMarginalEngine.Open(sources, columns, csv.MissingTokens, csv.Delimiter);
    }

    private static SqlSource Source(MarginalSide side, TableSource source) => source.Path is { } path
        ? new SqlSource(side, path, TableFiles.IsParquet(path) ? SqlSourceFormat.Parquet : SqlSourceFormat.Csv)
        : throw new ConfigException(null, "--engine", "duckdb reads CSV or Parquet files; the " + side.ToString().ToLowerInvariant() + " table is not a file");
}
