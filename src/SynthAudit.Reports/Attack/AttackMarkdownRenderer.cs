using System.Globalization;
using System.Text;
using SynthAudit.Core.Results.Attack;
using SynthAudit.Reports.Markdown;

namespace SynthAudit.Reports.Attack;

/// <summary>attack.md: verdict, threat model, pooled and per-family scores, per-target table (number and outlier score
/// only), ε bound, run log and references.</summary>
public sealed class AttackMarkdownRenderer : IDocumentRenderer<AttackResult>
{
    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public string FileExtension => ".md";

    /// <inheritdoc />
    public async Task RenderAsync(AttackResult result, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var sb = new StringBuilder();
        sb.Append("# Shadow-model membership attack: ").Append(MarkdownText.Escape(result.DatasetName)).Append("\n\n");
        sb.Append(MarkdownText.Escape(AttackText.Verdict(result))).Append("\n\n");
        sb.Append(MarkdownText.Escape(AttackText.EpsilonSentence(result.Epsilon))).Append("\n\n");
        sb.Append(MarkdownText.Escape(AttackText.ExposureSentence(result))).Append("\n\n");
        foreach (var w in result.Warnings)
        {
            sb.Append("> **Warning:** ").Append(MarkdownText.Escape(w)).Append('\n');
        }

        if (!result.Warnings.IsEmpty)
        {
            sb.Append('\n');
        }

        sb.Append("## Threat model\n\n").Append(MarkdownText.Escape(AttackResult.ThreatModel)).Append("\n\n");
        var s = result.Setup;
        sb.Append(string.Create(CultureInfo.InvariantCulture,
            $"Targets {s.Targets}, runs {s.Runs}, shadow rows {s.ShadowRows}, seed {s.Seed}; real rows {s.RealRows}, population rows {s.PopulationRows}. Outlier score: "))
            .Append(MarkdownText.Escape(s.OutlierScore)).Append(".\n\n");

        sb.Append("## Feature families (pooled, scored half of the runs)\n\n");
        sb.Append("| Family | AUC [95% CI] | TPR at 0.1% FPR | TPR at 1% FPR | TPR at 10% FPR |\n|---|---|---|---|---|\n");
        foreach (var f in result.Families)
        {
            var name = f.Family == result.StrongestFamily ? "**" + f.Family + "** (strongest)" : f.Family;
            sb.Append("| ").Append(name).Append(" | ").Append(AttackText.WithInterval(f.Score.Auc, f.Score.AucCi))
                .Append(" | ").Append(AttackText.Tpr(f.Score, 0.001)).Append(" | ").Append(AttackText.Tpr(f.Score, 0.01))
                .Append(" | ").Append(AttackText.Tpr(f.Score, 0.1)).Append(" |\n");
        }

        sb.Append('\n');
        foreach (var f in result.Families)
        {
            sb.Append("- `").Append(f.Family).Append("`: ").Append(MarkdownText.Escape(f.Description)).Append('\n');
        }

        sb.Append("\nTPR intervals are Clopper-Pearson; AUC intervals DeLong. The ROC curve on log-log axes is in attack.html and attack.pdf.\n\n");
        sb.Append("## Per target (strongest family)\n\nTargets are identified by number and outlier score only; no record values are shown.\n\n");
        sb.Append("| Target | Chosen as | Outlier score | AUC [95% CI] | TPR at 10% FPR | TPR at 1% FPR | ε lower bound | in / out runs |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var t in result.Targets)
        {
            sb.Append(string.Create(CultureInfo.InvariantCulture, $"| {t.Number} | {t.Selection} | {AttackText.Number(t.OutlierScore)} | "))
                .Append(AttackText.WithInterval(t.Score.Auc, t.Score.AucCi)).Append(" | ").Append(AttackText.Tpr(t.Score, 0.1))
                .Append(" | ").Append(AttackText.Tpr(t.Score, 0.01)).Append(" | ").Append(AttackText.Number(t.EpsilonLowerBound ?? double.NaN))
                .Append(string.Create(CultureInfo.InvariantCulture, $" | {t.Score.Members} / {t.Score.NonMembers} |\n"));
        }

        var log = result.RunLog;
        sb.Append("\n## Run log\n\n");
        sb.Append("- Generator: `").Append(log.Generator.Replace("`", "'", StringComparison.Ordinal)).Append("`\n");
        sb.Append(string.Create(CultureInfo.InvariantCulture,
            $"- Runs: {log.RunsSucceeded} of {log.RunsPlanned} succeeded; {log.Retries} retried; {log.Failures.Length} failed after a retry\n"));
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"- Wall time {log.WallSeconds:0.0} s; generator time {log.GeneratorSeconds:0.0} s (summed over parallel runs)\n"));
        foreach (var f in log.Failures)
        {
            sb.Append(string.Create(CultureInfo.InvariantCulture, $"- Run {f.Run} failed: ")).Append(MarkdownText.Escape(f.Reason)).Append('\n');
        }

        if (result.CommandLine is not null)
        {
            sb.Append("- Command: `").Append(result.CommandLine.Replace("`", "'", StringComparison.Ordinal)).Append("`\n");
        }

        sb.Append("\n## References\n\n");
        foreach (var r in AttackText.References)
        {
            sb.Append("- ").Append(MarkdownText.Escape(r)).Append('\n');
        }

        var bytes = new UTF8Encoding(false).GetBytes(sb.ToString());
        await output.WriteAsync(bytes, ct).ConfigureAwait(false);
    }
}
