using System.CommandLine;
using SynthAudit.Auditing.Gating;
using SynthAudit.Cli.Infrastructure;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit gate --policy policy.yml AUDIT.json [--junit RESULTS.xml]</c>: release gates for CI.</summary>
internal static class GateCommand
{
    /// <summary>The environment variable GitHub Actions sets to the step-summary file.</summary>
    public const string StepSummaryVariable = "GITHUB_STEP_SUMMARY";

    public static Command Create(CliConsole console)
    {
        var policy = new Option<string>("--policy") { Description = "The policy file (YAML): gates with metric, min/max and optional inconclusive: fail|pass.", Required = true };
        var audit = new Argument<string>("AUDIT.json") { Description = "The audit.json written by synthaudit audit." };
        var junit = new Option<string?>("--junit") { Description = "Also write the results as JUnit XML (one testcase per gate) to this file." };
        var command = new Command("gate", "Check an audit.json against a policy file; exit 1 when a gate fails. Each gate compares the bound with the metric's interval: PASS, FAIL or INCONCLUSIVE.")
        {
            policy, audit, junit,
        };
        command.SetAction(result => GateRun.Execute(result.GetValue(policy)!, result.GetValue(audit)!, result.GetValue(junit),
            Environment.GetEnvironmentVariable(StepSummaryVariable), console));
        return command;
    }
}
