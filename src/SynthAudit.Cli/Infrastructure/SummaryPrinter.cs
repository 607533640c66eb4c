using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;

namespace SynthAudit.Cli.Infrastructure;

/// <summary>Prints the short plain-text summary of an audit to standard output.</summary>
internal static class SummaryPrinter
{
    public static void Print(AuditResult result, TextWriter output)
    {
        output.WriteLine("Audit of " + result.DatasetName);
        foreach (var f in result.Summary.Families)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {f.Family,-9} {f.Verdict,-14} {f.Sentence}"));
        }

        var gdpr = result.Summary.Gdpr.Where(g => g.Level != "not evaluated").ToList();
        if (gdpr.Count > 0)
        {
            output.WriteLine("  GDPR criteria: " + string.Join(", ", gdpr.Select(g => g.Criterion.Replace('_', ' ') + " " + g.Level)));
        }

        if (result.DpGuarantee is { } dp)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  DP guarantee: {dp.Mechanism}, epsilon {dp.Epsilon:0.###}, delta {dp.Delta:0.###E+0}, rho {dp.Rho:0.######} ({dp.Randomness})"));
        }
        else if (result.DpGuaranteeRejected is { } rejected)
        {
            output.WriteLine("  DP guarantee: NONE: " + rejected);
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"metric",-38} {"value",8}  {"95% interval",-19} {"baseline",8}"));
        foreach (var m in result.Metrics)
        {
            if (m.Status == MetricStatus.Skipped)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {m.Metric.Id,-38} {"skipped",8}  {m.Reason}"));
                continue;
            }

            var ci = m.Ci is { } c ? string.Create(CultureInfo.InvariantCulture, $"[{c.Low:0.0000}, {c.High:0.0000}]") : "-";
            var baseline = m.Baseline is { } b ? b.ToString("0.0000", CultureInfo.InvariantCulture) : "-";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {m.Metric.Id,-38} {m.Value,8:0.0000}  {ci,-19} {baseline,8}"));
        }

        var warnings = result.AllWarnings;
        if (warnings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {warnings.Count} warning(s) ({result.Warnings.Length} about the run, {warnings.Count - result.Warnings.Length} from metrics): listed in audit.md and the report, and in audit.json."));
        }
    }
}
