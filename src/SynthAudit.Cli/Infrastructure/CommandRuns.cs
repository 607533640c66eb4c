using SynthAudit.Auditing.Attacking;
using SynthAudit.Auditing.Comparing;
using SynthAudit.Auditing.Generation;
using SynthAudit.Auditing.Pipeline;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Provenance;
using SynthAudit.Reports.Attack;

namespace SynthAudit.Cli.Infrastructure;

/// <summary>Runs the library's audit, compare and generate steps and prints their results on standard output.</summary>
internal static class CommandRuns
{
    /// <summary>Runs one audit, prints the summary and the files written, and returns the exit code.</summary>
    public static async Task<int> AuditAsync(AuditRequest request, string outDir, IReadOnlyList<string> formats, CliConsole console, CancellationToken ct)
    {
        var (result, files) = await AuditRun.RunAsync(request, outDir, formats, console, ct).ConfigureAwait(false);
        SummaryPrinter.Print(result, console.Out);
        console.Out.WriteLine();
        foreach (var file in files)
        {
            console.Out.WriteLine("wrote " + file);
        }

        return ExitCodes.Success;
    }

    /// <summary>Runs the comparison, prints the leaderboard and the files written, and returns the exit code.</summary>
    public static async Task<int> CompareAsync(AuditRequest request, IReadOnlyList<SyntheticSpec> specs, string outDir,
        IReadOnlyList<string> formats, CliConsole console, CancellationToken ct)
    {
        var (result, files) = await CompareRun.RunAsync(request, specs, outDir, formats, console, ct).ConfigureAwait(false);
        LeaderboardPrinter.Print(result, console.Out);
        console.Out.WriteLine();
        foreach (var file in files)
        {
            console.Out.WriteLine("wrote " + file.Path);
        }

        return ExitCodes.Success;
    }

    /// <summary>Runs the shadow-model attack, prints its verdict, ε bound and files, and returns the exit code: 1 when the
    /// empirical ε lower bound exceeds the ε the generator claims (a bug in the generator or its accounting).</summary>
    public static async Task<int> AttackAsync(AttackRequest request, string outDir, IReadOnlyList<string> formats, CliConsole console, CancellationToken ct)
    {
        var (result, files) = await AttackRun.RunAsync(request, outDir, formats, console, ct).ConfigureAwait(false);
        console.Out.WriteLine(AttackText.Verdict(result));
        console.Out.WriteLine(AttackText.EpsilonSentence(result.Epsilon));
        console.Out.WriteLine(FormattableString.Invariant(
            $"runs: {result.RunLog.RunsSucceeded}/{result.RunLog.RunsPlanned} succeeded, {result.RunLog.Failures.Length} failed; wall time {result.RunLog.WallSeconds:0.0} s"));
        console.Out.WriteLine();
        foreach (var file in files)
        {
            console.Out.WriteLine("wrote " + file);
        }

        return result.Epsilon.ConsistentWithClaim == false ? ExitCodes.GateFailed : ExitCodes.Success;
    }

    /// <summary>Generates a synthetic file and its dp.json card, prints what was written, and returns the card.</summary>
    public static async Task<DpGuarantee> GenerateAsync(GenerateRequest request, CliConsole console, CancellationToken ct)
    {
        var outcome = await GenerateRun.ExecuteAsync(request, console, ct).ConfigureAwait(false);
        console.Out.WriteLine(outcome.Summary);
        return outcome.Guarantee;
    }
}
