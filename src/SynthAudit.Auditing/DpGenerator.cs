using SynthAudit.Auditing.Generation;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Provenance;

namespace SynthAudit.Auditing;

/// <summary>The library's DP generator: what <c>synthaudit generate</c> does, without the console or the ledger.</summary>
/// <remarks>
/// <code>
/// var guarantee = await DpGenerator.GenerateAsync("train.csv", "synthetic.csv",
///     new DpGeneratorOptions { Epsilon = 1, DomainPath = "domain.yml" });
/// var audit = Auditor.Run(TableSource.FromFile("train.csv"), TableSource.FromFile("synthetic.csv"));
/// </code>
/// The synthetic table (CSV or Parquet by <c>outPath</c>'s extension) and its card <c>outPath.dp.json</c> are written
/// atomically, both or neither; the card is bound to the bytes written, so an audit of the file reports the guarantee.
/// </remarks>
public static class DpGenerator
{
    /// <summary>Generates a synthetic table from <paramref name="realPath"/> and writes it with its DP card.</summary>
    /// <param name="realPath">The real data (CSV or Parquet).</param>
    /// <param name="outPath">Where the synthetic table goes; <c>.dp.json</c> is appended for the card.</param>
    /// <param name="options">ε, δ, method, domain, rows, seed.</param>
    /// <param name="ct">Cancels the run.</param>
    /// <returns>The guarantee written to the card (ε, δ, ρ, mechanism, and the hash of the data written).</returns>
    /// <exception cref="InputException">The real data is missing or malformed, or does not fit the domain file.</exception>
    /// <exception cref="ConfigException">A budget, method or row count is out of range, or the output cannot be written.</exception>
    public static async Task<DpGuarantee> GenerateAsync(string realPath, string outPath, DpGeneratorOptions options, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(realPath);
        ArgumentException.ThrowIfNullOrEmpty(outPath);
        ArgumentNullException.ThrowIfNull(options);
        var request = new GenerateRequest
        {
            RealPath = realPath,
            OutPath = outPath,
            Epsilon = options.Epsilon,
            Delta = options.Delta,
            Method = options.Method,
            DomainPath = options.DomainPath,
            Rows = options.Rows,
            Seed = options.Seed,
            NoLedger = true,
        };
        var outcome = await GenerateRun.ExecuteAsync(request, SilentRunLog.Instance, ct).ConfigureAwait(false);
        return outcome.Guarantee;
    }
}
