using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Neighbors;

namespace SynthAudit.Metrics.Privacy;

/// <summary><c>privacy.linkability_risk</c>: GDPR criterion 2, Anonymeter's linkability attack.</summary>
/// <remarks>The attacker holds two datasets about the same people with disjoint columns <c>A</c> and <c>B</c>. For each target
/// record, the nearest synthetic row is found using only <c>A</c> and, separately, only <c>B</c> (Gower distance, lowest index on
/// ties); the attack succeeds when both point to the same synthetic row (Anonymeter <c>linkability_evaluator.py</c>, one
/// neighbour). Main: targets from train; control: as many targets from the holdout; naive baseline: two random synthetic
/// rows. Column split (documented, deterministic): the used columns in schema order, even positions to <c>A</c>, odd
/// positions to <c>B</c>. Risk and interval as <see cref="AttackRisk"/>; 2000 targets per side by default.</remarks>
public sealed class LinkabilityRiskMetric : IMetric
{
    /// <summary>Creates the metric with <paramref name="attacks"/> targets per side.</summary>
    public LinkabilityRiskMetric(int attacks = AttackSettings.DefaultAttacks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attacks, 1);
        Attacks = attacks;
    }

    /// <summary>Targets per side.</summary>
    public int Attacks { get; }

    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.LinkabilityRisk;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (input.Holdout is null)
        {
            return MetricResult.Skipped(Descriptor, "needs --holdout");
        }

        if (PrivacyData.CannotRun(input, needsHoldout: true) is { } reason)
        {
            return MetricResult.Skipped(Descriptor, reason);
        }

        if (input.UsedColumns.Length < 2)
        {
            return MetricResult.Skipped(Descriptor, "needs at least two columns to split between the two datasets");
        }

        var data = PrivacyData.For(input, context);
        var p = data.Columns.Length;
        var a = Enumerable.Range(0, p).Where(j => j % 2 == 0).ToArray();
        var b = Enumerable.Range(0, p).Where(j => j % 2 == 1).ToArray();
        var targets = AttackTargets.Draw(input, context, Descriptor.Id, Attacks);
        var options = context.ParallelOptions(ct);
        var level = context.ConfidenceLevel;
        var main = Successes(data.Train, targets.Train, data.Synthetic, a, b, options);
        var control = Successes(data.Holdout!, targets.Holdout, data.Synthetic, a, b, options);
        var random = context.RandomFor(Descriptor.Id, "baseline");
        var naive = 0;
        for (var i = 0; i < targets.Count; i++)
        {
            naive += random.NextInt(input.Synthetic.RowCount) == random.NextInt(input.Synthetic.RowCount) ? 1 : 0;
        }

        var risk = AttackRisk.Compute(SuccessRate.Of(main, targets.Count, level), SuccessRate.Of(control, targets.Count, level),
            SuccessRate.Of(naive, targets.Count, level), level);
        if (risk is null)
        {
            return MetricResult.Skipped(Descriptor, "every control attack succeeded: risk undefined (e.g. a single synthetic row)");
        }

        var breakdown = new List<BreakdownEntry>();
        SinglingOutRiskMetric.AddBreakdown(breakdown, "linkability", risk, targets.Count, null, level);
        breakdown.Add(new("columns_a", a.Length, Note: "dataset A: " + string.Join(", ", a.Select(j => data.Columns[j]))));
        breakdown.Add(new("columns_b", b.Length, Note: "dataset B: " + string.Join(", ", b.Select(j => data.Columns[j]))));
        breakdown.Add(new("targets", targets.Count, Note: targets.Note(Attacks)));
        var warnings = new List<string>();
        if (PrivacyData.SmallHoldoutWarning(input) is { } small)
        {
            warnings.Add(small);
        }

        if (risk.NoBetterThanBaseline)
        {
            warnings.Add("the linkability attack is no better than a naive attacker: its risk estimate is unreliable");
        }

        return MetricResult.Ok(Descriptor, risk.Value, risk.Ci, risk.Baseline.Rate, breakdown) with
        {
            CiMethod = "wilson rates + delta method",
            Warnings = [.. warnings],
        };
    }

    private static int Successes(GowerMatrix targets, int[] rows, GowerMatrix synthetic, int[] a, int[] b, ParallelOptions options)
    {
        var byA = NearestNeighbors.Search(targets, synthetic, 1, rows, a, options: options);
        var byB = NearestNeighbors.Search(targets, synthetic, 1, rows, b, options: options);
        var hits = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            hits += byA.Index(i) == byB.Index(i) ? 1 : 0;
        }

        return hits;
    }
}
