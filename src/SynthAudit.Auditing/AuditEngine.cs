namespace SynthAudit.Auditing;

/// <summary>Where the marginal-based fidelity statistics of an audit are computed (<c>--engine</c>).</summary>
public enum AuditEngine
{
    /// <summary>In this process, on the loaded tables (the default).</summary>
    InProcess,

    /// <summary>Pushed down as SQL to an embedded DuckDB database that reads the CSV or Parquet files itself
    /// (single-threaded for repeatable sums). Only the point values (and holdout floors) of the marginal-based fidelity
    /// metrics move; their bootstrap intervals and every other metric still run in-process on the loaded tables.</summary>
    DuckDb,
}
