using System.Globalization;
using System.Text;
using SynthAudit.Core.Results.Attack;
using SynthAudit.Reports.Charts;
using SynthAudit.Reports.Html;

namespace SynthAudit.Reports.Attack;

/// <summary>attack.html: a self-contained page with the verdict, the log–log ROC curve (inline SVG), the tables and the run
/// log. Every string goes through <see cref="HtmlText.Encode"/>.</summary>
public sealed class AttackHtmlRenderer : IDocumentRenderer<AttackResult>
{
    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string FileExtension => ".html";

    /// <inheritdoc />
    public async Task RenderAsync(AttackResult result, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var sb = new StringBuilder();
        var title = "Shadow-model membership attack: " + result.DatasetName;
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(HtmlText.Encode(title)).Append("</title>\n");
        sb.Append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}")
            .Append("table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}")
            .Append(".warn{background:#fff4e5;border-left:4px solid #d55e00;padding:.5rem}.verdict{font-size:1.1rem}</style></head><body>\n");
        sb.Append("<h1>").Append(HtmlText.Encode(title)).Append("</h1>\n");
        sb.Append("<p class=\"verdict\">").Append(HtmlText.Encode(AttackText.Verdict(result))).Append("</p>\n");
        sb.Append("<p>").Append(HtmlText.Encode(AttackText.EpsilonSentence(result.Epsilon))).Append("</p>\n");
        sb.Append("<p>").Append(HtmlText.Encode(AttackText.ExposureSentence(result))).Append("</p>\n");
        foreach (var w in result.Warnings)
        {
            sb.Append("<p class=\"warn\">").Append(HtmlText.Encode(w)).Append("</p>\n");
        }

        sb.Append("<h2>ROC curve</h2>\n");
        SvgChartWriter.Write(AttackRocChart.Layout(result, 480), sb);
        sb.Append("\n<h2>Threat model</h2>\n<p>").Append(HtmlText.Encode(AttackResult.ThreatModel)).Append("</p>\n");
        var s = result.Setup;
        sb.Append("<p>").Append(HtmlText.Encode(string.Create(CultureInfo.InvariantCulture,
            $"Targets {s.Targets}, runs {s.Runs}, shadow rows {s.ShadowRows}, seed {s.Seed}; real rows {s.RealRows}, population rows {s.PopulationRows}. Outlier score: {s.OutlierScore}."))).Append("</p>\n");
        sb.Append("<h2>Feature families (pooled)</h2>\n<table><tr><th>Family</th><th>AUC [95% CI]</th><th>TPR at 0.1% FPR</th><th>TPR at 1% FPR</th><th>TPR at 10% FPR</th><th>What it measures</th></tr>\n");
        foreach (var f in result.Families)
        {
            sb.Append("<tr><td>").Append(HtmlText.Encode(f.Family == result.StrongestFamily ? f.Family + " (strongest)" : f.Family))
                .Append("</td><td>").Append(AttackText.WithInterval(f.Score.Auc, f.Score.AucCi))
                .Append("</td><td>").Append(HtmlText.Encode(AttackText.Tpr(f.Score, 0.001)))
                .Append("</td><td>").Append(HtmlText.Encode(AttackText.Tpr(f.Score, 0.01)))
                .Append("</td><td>").Append(HtmlText.Encode(AttackText.Tpr(f.Score, 0.1)))
                .Append("</td><td>").Append(HtmlText.Encode(f.Description)).Append("</td></tr>\n");
        }

        sb.Append("</table>\n<h2>Per target</h2>\n<p>Targets are identified by number and outlier score only; no record values are shown.</p>\n");
        sb.Append("<table><tr><th>Target</th><th>Chosen as</th><th>Outlier score</th><th>AUC [95% CI]</th><th>TPR at 10% FPR</th><th>TPR at 1% FPR</th><th>ε lower bound</th><th>in / out</th></tr>\n");
        foreach (var t in result.Targets)
        {
            sb.Append(string.Create(CultureInfo.InvariantCulture, $"<tr><td>{t.Number}</td><td>{HtmlText.Encode(t.Selection)}</td><td>{AttackText.Number(t.OutlierScore)}</td><td>"))
                .Append(AttackText.WithInterval(t.Score.Auc, t.Score.AucCi)).Append("</td><td>")
                .Append(HtmlText.Encode(AttackText.Tpr(t.Score, 0.1))).Append("</td><td>").Append(HtmlText.Encode(AttackText.Tpr(t.Score, 0.01)))
                .Append("</td><td>").Append(AttackText.Number(t.EpsilonLowerBound ?? double.NaN))
                .Append(string.Create(CultureInfo.InvariantCulture, $"</td><td>{t.Score.Members} / {t.Score.NonMembers}</td></tr>\n"));
        }

        var log = result.RunLog;
        sb.Append("</table>\n<h2>Run log</h2>\n<ul>");
        sb.Append("<li>Generator: <code>").Append(HtmlText.Encode(log.Generator)).Append("</code></li>");
        sb.Append("<li>").Append(HtmlText.Encode(string.Create(CultureInfo.InvariantCulture,
            $"Runs: {log.RunsSucceeded} of {log.RunsPlanned} succeeded; {log.Retries} retried; {log.Failures.Length} failed after a retry; wall time {log.WallSeconds:0.0} s, generator time {log.GeneratorSeconds:0.0} s"))).Append("</li>");
        foreach (var f in log.Failures)
        {
            sb.Append("<li>").Append(HtmlText.Encode(string.Create(CultureInfo.InvariantCulture, $"Run {f.Run} failed: {f.Reason}"))).Append("</li>");
        }

        if (result.CommandLine is not null)
        {
            sb.Append("<li>Command: <code>").Append(HtmlText.Encode(result.CommandLine)).Append("</code></li>");
        }

        sb.Append("</ul>\n<h2>References</h2>\n<ul>");
        foreach (var r in AttackText.References)
        {
            sb.Append("<li>").Append(HtmlText.Encode(r)).Append("</li>");
        }

        sb.Append("</ul>\n").Append("<p><small>").Append(HtmlText.Encode(result.Tool.Name + " " + result.Tool.Version)).Append("</small></p></body></html>\n");
        var bytes = new UTF8Encoding(false).GetBytes(sb.ToString());
        await output.WriteAsync(bytes, ct).ConfigureAwait(false);
    }
}
