using System.Collections.Immutable;
using System.Text;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Metrics;
using SynthAudit.Metrics.Running;
using SynthAudit.Reports.Json;

namespace SynthAudit.Cli.Tests.Gate;

/// <summary>Builds audit results with chosen metric values and writes them as audit.json.</summary>
public static class AuditFiles
{
    /// <summary>Every contract metric: the given ones with their value and interval, the rest skipped.</summary>
    public static AuditResult Audit(params MetricResult[] given)
    {
        var metrics = MetricCatalog.All
            .Select(d => given.FirstOrDefault(g => g.Metric.Id == d.Id) ?? MetricResult.Skipped(d, "needs --holdout"))
            .ToImmutableArray();
        return new AuditResult(AuditResult.CurrentSchemaVersion, ToolInfo.Current, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), 0,
            [new InputInfo("real", "real.csv", new string('a', 64), 10, 2)], [], metrics, AuditSummaryBuilder.Build(metrics), []);
    }

    public static MetricResult Ok(MetricDescriptor descriptor, double value, double? low = null, double? high = null) =>
        MetricResult.Ok(descriptor, value, low is { } l && high is { } h ? new ConfidenceInterval(l, h, 0.95) : null);

    public static async Task<string> WriteAsync(string path, AuditResult audit)
    {
        await using var stream = File.Create(path);
        await new JsonRenderer().RenderAsync(audit, stream, CancellationToken.None);
        return path;
    }

    /// <summary>Rewrites the schemaVersion of an audit.json.</summary>
    public static void SetSchemaVersion(string path, int version)
    {
        var text = File.ReadAllText(path);
        var start = text.IndexOf("\"schemaVersion\": ", StringComparison.Ordinal) + "\"schemaVersion\": ".Length;
        var end = text.IndexOf(',', start);
        File.WriteAllText(path, text[..start] + version.ToString(System.Globalization.CultureInfo.InvariantCulture) + text[end..], Encoding.UTF8);
    }
}
