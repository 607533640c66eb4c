using System.Globalization;
using System.Text;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Reports.Text;

namespace SynthAudit.Reports.Markdown;

/// <summary>Renders audit.md: the summary and the gate-relevant table, for a CI job summary or a pull-request comment.</summary>
public sealed class MarkdownRenderer : IDocumentRenderer<AuditResult>
{
    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public string FileExtension => ".md";

    /// <inheritdoc />
    public Task RenderAsync(AuditResult result, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        return output.WriteAsync(Encoding.UTF8.GetBytes(Write(result)), ct).AsTask();
    }

    /// <summary>The Markdown text of <paramref name="result"/>.</summary>
    public static string Write(AuditResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder(8 * 1024);
        var e = MarkdownText.Escape;
        sb.Append("## SynthAudit: ").Append(e(result.DatasetName)).Append('\n').Append('\n');
        sb.Append("_").Append(e(result.Tool.Name + " " + result.Tool.Version)).Append(", ").Append(ReportFormat.Time(result.CreatedUtc))
            .Append(", seed ").Append(result.Seed.ToString(CultureInfo.InvariantCulture)).Append("_\n\n");
        // The reviewer's pages first (issue 16), then the detail.
        MarkdownSectionWriter.Append(sb, Building.Review.ReviewerPagesBuilder.Build(result));
        sb.Append("### Detail\n\n");
        var evaluated = result.Metrics.Count(m => m.Status == MetricStatus.Ok);
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"{evaluated} of {result.Metrics.Length} metrics evaluated.\n\n"));
        sb.Append("| Family | Verdict | Headline | Value | 95% CI | In plain words |\n|---|---|---|---:|---:|---|\n");
        foreach (var f in result.Summary.Families)
        {
            sb.Append("| ").Append(ReportFormat.Family(f.Family)).Append(" | **").Append(e(f.Verdict)).Append("** | `").Append(e(f.HeadlineMetricId).Replace("\\_", "_", StringComparison.Ordinal))
                .Append("` | ").Append(ReportFormat.Value(f.Value, f.Ci)).Append(" | ").Append(ReportFormat.Interval(f.Ci)).Append(" | ").Append(e(f.Sentence)).Append(" |\n");
        }

        if (!result.Summary.Gdpr.IsDefaultOrEmpty)
        {
            sb.Append("\n| GDPR criterion (WP216) | Level | Risk | 95% CI |\n|---|---|---:|---:|\n");
            foreach (var g in result.Summary.Gdpr)
            {
                sb.Append("| ").Append(e(ReportFormat.Words(g.Criterion))).Append(" | **").Append(e(g.Level)).Append("** | ").Append(ReportFormat.Value(g.Risk, g.Ci))
                    .Append(" | ").Append(ReportFormat.Interval(g.Ci)).Append(" |\n");
            }
        }

        if (result.Summary.Membership is { } membership)
        {
            sb.Append("\nMembership inference: ").Append(e(membership)).Append('\n');
        }

        if (result.DpGuarantee is { } dp)
        {
            sb.Append('\n').Append(string.Create(CultureInfo.InvariantCulture, $"Differential privacy: ({dp.Epsilon:0.####}, {dp.Delta:0.###E+0})-DP, {e(dp.Mechanism)}, {e(dp.Randomness)}.")).Append('\n');
        }
        else if (result.DpGuaranteeRejected is { } rejected)
        {
            sb.Append("\n**NO differential-privacy guarantee:** ").Append(e(rejected)).Append(".\n");
        }

        // The last column only when something was skipped: a column that says "ok" on every row says nothing.
        var anySkipped = result.Metrics.Any(m => m.Status != MetricStatus.Ok);
        sb.Append(anySkipped
            ? "\n### Metrics\n\n| Metric | Id | Value | 95% CI | Baseline | Skipped because |\n|---|---|---:|---:|---:|---|\n"
            : "\n### Metrics\n\n| Metric | Id | Value | 95% CI | Baseline |\n|---|---|---:|---:|---:|\n");
        foreach (var m in result.Metrics)
        {
            sb.Append("| ").Append(e(m.Metric.Name)).Append(" | `").Append(m.Metric.Id.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal)).Append("` | ")
                .Append(ReportFormat.Value(m.Value, m.Ci)).Append(" | ").Append(ReportFormat.Interval(m.Ci)).Append(" | ").Append(ReportFormat.Value(m.Baseline)).Append(" |");
            if (anySkipped)
            {
                sb.Append(' ').Append(m.Status == MetricStatus.Ok ? string.Empty : e(m.Reason)).Append(" |");
            }

            sb.Append('\n');
        }

        var warnings = result.AllWarnings;
        if (warnings.Count > 0)
        {
            sb.Append("\n<details><summary>Warnings (").Append(warnings.Count.ToString(CultureInfo.InvariantCulture)).Append(")</summary>\n\n");
            foreach (var w in warnings)
            {
                sb.Append("- ").Append(e(w)).Append('\n');
            }

            sb.Append("\n</details>\n");
        }

        sb.Append('\n');
        MarkdownSectionWriter.Append(sb, Building.Review.ReviewerPagesBuilder.Appendices(result));
        sb.Append("\n> Statistical evidence, not a legal determination: SynthAudit never declares data anonymised under the GDPR or de-identified under HIPAA.\n");
        return sb.ToString();
    }
}
