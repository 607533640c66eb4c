using SynthAudit.Cli.Infrastructure;
using SynthAudit.Cli.Ledger;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Results;

namespace SynthAudit.Cli.Auditing;

/// <summary>One audit from request to files on disk: load, run, write reports, print the summary.</summary>
internal static class AuditRun
{
    public static async Task<int> ExecuteAsync(AuditRequest request, string outDir, IReadOnlyList<string> formats, CliConsole console, CancellationToken ct)
    {
        var result = await RunAsync(request, outDir, formats, console, ct).ConfigureAwait(false);
        SummaryPrinter.Print(result.Result, console.Out);
        console.Out.WriteLine();
        foreach (var file in result.Files)
        {
            console.Out.WriteLine("wrote " + file);
        }

        return ExitCodes.Success;
    }

    public static async Task<(AuditResult Result, IReadOnlyList<string> Files)> RunAsync(AuditRequest request, string outDir,
        IReadOnlyList<string> formats, CliConsole console, CancellationToken ct)
    {
        var writer = ReportFormats.CreateWriter();
        writer.CheckFormats(formats);
        if (request.LedgerPath is not null)
        {
            // Fail on a bad ledger file before the (long) audit, not after it.
            LedgerRecorder.EnsureUsable(request.LedgerPath);
        }

        console.Progress("reading " + request.RealPath + " and " + request.SyntheticPath);
        var loaded = AuditPipeline.Load(request);
        foreach (var warning in loaded.Warnings)
        {
            console.Warn(warning);
        }

        var result = AuditPipeline.Run(request, loaded, null, id => console.Progress("computing " + id), ct);
        var files = await writer.WriteAsync(result, outDir, formats, "audit", ct).ConfigureAwait(false);
        if (request.LedgerPath is not null)
        {
            var record = await LedgerRecorder.AppendAsync(LedgerRecorder.ForAudit(result, request.ConfigPath, files), request.LedgerPath, ct).ConfigureAwait(false);
            console.Progress("recorded ledger entry #" + record.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) + " in " + request.LedgerPath);
        }

        return (result, files.Select(f => f.Path).ToList());
    }
}
