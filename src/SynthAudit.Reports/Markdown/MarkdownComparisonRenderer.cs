using System.Globalization;
using System.Text;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Reports.Text;

namespace SynthAudit.Reports.Markdown;

/// <summary>Renders compare.md: ranks per family and the leaderboard with intervals, for a CI summary.</summary>
public sealed class MarkdownComparisonRenderer : IDocumentRenderer<ComparisonResult>
{
    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public string FileExtension => ".md";

    /// <inheritdoc />
    public Task RenderAsync(ComparisonResult result, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        return output.WriteAsync(Encoding.UTF8.GetBytes(Write(result)), ct).AsTask();
    }

    /// <summary>The Markdown text of <paramref name="result"/>.</summary>
    public static string Write(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var e = MarkdownText.Escape;
        var sb = new StringBuilder(8 * 1024);
        sb.Append("## SynthAudit comparison: ").Append(e(result.DatasetName)).Append("\n\n_").Append(e(result.Tool.Name + " " + result.Tool.Version)).Append(", ")
            .Append(ReportFormat.Time(result.CreatedUtc)).Append(", seed ").Append(result.Seed.ToString(CultureInfo.InvariantCulture)).Append("_\n\n");
        if (Building.Review.ComparisonReview.Applies(result))
        {
            // The reviewer's sections (threat model, cited thresholds per candidate) come first, as in the other formats.
            MarkdownSectionWriter.Append(sb, Building.Review.ComparisonReview.Build(result));
            sb.Append("### 1. Summary\n\n");
        }

        var families = Enum.GetValues<MetricFamily>();
        sb.Append("| Generator | ").Append(string.Join(" | ", families.Select(ReportFormat.Family))).Append(" |\n|---|")
            .Append(string.Concat(families.Select(_ => "---:|"))).Append('\n');
        foreach (var g in result.Generators)
        {
            sb.Append("| ").Append(e(g.Name));
            foreach (var f in families)
            {
                var rank = g.FamilyRanks.Where(p => p.Key == f).Select(p => (int?)p.Value).FirstOrDefault();
                sb.Append(" | ").Append(rank is { } r ? r.ToString(CultureInfo.InvariantCulture) : ReportFormat.Missing);
            }

            sb.Append(" |\n");
        }

        sb.Append("\n### Leaderboard\n\n| Metric | ").Append(string.Join(" | ", result.Generators.Select(g => e(g.Name)))).Append(" |\n|---|")
            .Append(string.Concat(result.Generators.Select(_ => "---:|"))).Append('\n');
        foreach (var row in result.Leaderboard)
        {
            sb.Append("| ").Append(e(row.Metric.Name)).Append(row.Metric.Direction == Direction.HigherIsBetter ? " ↑" : " ↓");
            foreach (var g in result.Generators)
            {
                var cell = row.Cells.FirstOrDefault(c => string.Equals(c.Generator, g.Name, StringComparison.Ordinal));
                sb.Append(" | ");
                if (cell?.Value is null)
                {
                    sb.Append(ReportFormat.Missing);
                    continue;
                }

                var text = ReportFormat.WithInterval(cell.Value, cell.Ci);
                sb.Append(cell.Rank == 1 ? "**" + text + "**" : text);
                if (cell.Rank is { } rank)
                {
                    sb.Append(" \\#").Append(rank.ToString(CultureInfo.InvariantCulture));
                }
            }

            sb.Append(" |\n");
        }

        var significant = result.Leaderboard.SelectMany(r => r.Cells.Where(c => !c.SignificantlyBetterThan.IsDefaultOrEmpty)
            .Select(c => "- " + e(r.Metric.Name) + ": " + e(c.Generator) + " better than " + e(string.Join(", ", c.SignificantlyBetterThan)))).ToList();
        sb.Append("\n### Significant differences (non-overlapping 95% intervals)\n\n");
        sb.Append(significant.Count == 0 ? "None.\n" : string.Join('\n', significant) + "\n");
        var frontier = result.TradeOff.Where(p => p.OnFrontier).Select(p => e(p.Generator)).ToList();
        if (frontier.Count > 0)
        {
            sb.Append("\nPrivacy-fidelity frontier: ").Append(string.Join(", ", frontier)).Append('\n');
        }

        foreach (var w in result.Warnings)
        {
            sb.Append("\n> Warning: ").Append(e(w)).Append('\n');
        }

        return sb.ToString();
    }
}
