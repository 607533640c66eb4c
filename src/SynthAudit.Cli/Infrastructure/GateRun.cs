using System.Globalization;
using SynthAudit.Auditing.Gating;
using SynthAudit.Core.Errors;
using SynthAudit.Core.IO;
using SynthAudit.Reports.Json;

namespace SynthAudit.Cli.Infrastructure;

/// <summary>One <c>synthaudit gate</c> run: read policy and audit, evaluate, print, write JUnit and the step summary.</summary>
internal static class GateRun
{
    /// <summary>Runs the gates and returns 0 when none counts as a failure, 1 otherwise.</summary>
    /// <exception cref="ConfigException">The policy is malformed or names an unknown or skipped metric.</exception>
    /// <exception cref="InputException">The audit file is missing, malformed or from a newer schema version.</exception>
    public static int Execute(string policyPath, string auditPath, string? junitPath, string? stepSummaryPath, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (junitPath is not null)
        {
            OutputLocation.CheckFile(junitPath, "--junit");
        }

        var policy = GatePolicyReader.Read(policyPath);
        var audit = AuditJsonReader.Read(auditPath);
        var results = GateEvaluator.Evaluate(policy, audit, auditPath);
        if (policy.Name is not null)
        {
            console.Out.WriteLine("policy " + policy.Name + (policy.Description is null ? string.Empty : ": " + policy.Description));
        }

        foreach (var r in results)
        {
            console.Out.WriteLine(GateText.Line(r));
            if (r.Rule.Source is { } source)
            {
                console.Out.WriteLine("             source: " + source);
            }
        }

        var failed = results.Count(r => r.CountsAsFailure);
        var inconclusive = results.Count(r => r.Outcome == GateOutcome.Inconclusive);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gate: {(failed == 0 ? "passed" : "FAILED")}: {results.Length - failed} of {results.Length} gate(s) passed ({inconclusive} inconclusive)"));
        if (results.Length > 1)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"synthaudit: note: each of the {results.Length} gates uses the audit's own interval, so the chance that some gate passes by luck is not controlled (Bonferroni would need {1 - (0.05 / results.Length):0.####} intervals)"));
        }

        if (junitPath is not null)
        {
            GateJUnitWriter.Write(junitPath, results, policyPath, auditPath, DateTimeOffset.UtcNow, policy.Name);
        }

        if (!string.IsNullOrEmpty(stepSummaryPath))
        {
            try
            {
                File.AppendAllText(stepSummaryPath, GateText.Markdown(results, auditPath));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The summary is a convenience; the exit code and the JUnit file carry the verdict.
                console.Warn("could not append the step summary to " + stepSummaryPath + ": " + ex.Message);
            }
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.GateFailed;
    }
}
