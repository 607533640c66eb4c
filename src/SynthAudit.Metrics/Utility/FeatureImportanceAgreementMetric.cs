using System.Globalization;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Utility;

/// <summary><c>utility.feature_importance_agreement</c>: whether the synthetic-trained model relies on the same features as the real-trained one.</summary>
/// <remarks>docs/metrics.md 3.5: Spearman ρ between the permutation importances (on the real evaluation rows) of the TRTR and TSTR
/// boosting models; the breakdown adds Kendall τ-b, the top-k overlap (k = min(5, features)), Spearman ρ of the models'
/// split-gain importances, and each feature's importance (value: TSTR, baseline: TRTR). 1 = same ranking, 0 = unrelated.
/// Interval: bootstrap over the evaluation rows of the per-row loss increases (permutations and models fixed).</remarks>
public sealed class FeatureImportanceAgreementMetric : IMetric
{
    private const int TopK = 5;

    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.FeatureImportanceAgreement;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var problem = UtilityResults.Problem(input, context, out var reason);
        if (problem is null)
        {
            return MetricResult.Skipped(Descriptor, reason!);
        }

        if (problem.Features.Length < 2)
        {
            return MetricResult.Skipped(Descriptor, "needs at least two feature columns to rank");
        }

        var trtrSide = UtilitySide.GetTrtr(input, context, ct);
        var tstrSide = UtilitySide.GetTstr(input, context, ct);
        if ((trtrSide.SkipReason ?? tstrSide.SkipReason) is { } sideReason)
        {
            return MetricResult.Skipped(Descriptor, sideReason);
        }

        var importance = PermutationImportance.Get(input, context, ct);
        var real = PermutationImportance.Means(importance.Trtr, null);
        var synthetic = PermutationImportance.Means(importance.Tstr, null);
        var spearman = RankAgreement.Spearman(synthetic, real);
        if (!double.IsFinite(spearman))
        {
            return MetricResult.Skipped(Descriptor, "all features are equally important to one of the models (it ignores every feature); ranks cannot be compared");
        }

        var replicates = new double[context.BootstrapResamples];
        var rows = importance.Trtr[0].Length;
        Parallel.For(0, replicates.Length, context.ParallelOptions(ct), r =>
        {
            var counts = new int[rows];
            foreach (var i in context.RandomFor(Descriptor.Id, "bootstrap", r).SampleWithReplacement(rows, rows))
            {
                counts[i]++;
            }

            replicates[r] = RankAgreement.Spearman(PermutationImportance.Means(importance.Tstr, counts), PermutationImportance.Means(importance.Trtr, counts));
        });

        var k = Math.Min(TopK, problem.Features.Length);
        var gain = RankAgreement.Spearman(tstrSide.Boosting.FeatureImportances.AsSpan(), trtrSide.Boosting.FeatureImportances.AsSpan());
        var breakdown = new List<BreakdownEntry>
        {
            new("spearman", spearman, Note: "headline: permutation importance, log-loss or squared-error increase"),
            new("kendall_tau_b", NullIfNaN(RankAgreement.KendallTauB(synthetic, real))),
            new("top_" + k.ToString(CultureInfo.InvariantCulture) + "_overlap", RankAgreement.TopKOverlap(synthetic, real, k)),
            new("spearman_split_gain", NullIfNaN(gain), Note: double.IsFinite(gain) ? "model-native split-gain importances" : "undefined: a model made no split"),
        };
        for (var f = 0; f < problem.Features.Length; f++)
        {
            breakdown.Add(new BreakdownEntry("importance." + problem.Features[f], synthetic[f], Baseline: real[f], Note: "value: TSTR; baseline: TRTR"));
        }

        var warnings = problem.Warnings.AddRange(tstrSide.Warnings);
        if (rows < problem.EvaluationRows.Length)
        {
            warnings = warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"utility: permutation importance uses a seeded sample of {rows} of the {problem.EvaluationRows.Length} evaluation rows"));
        }

        return MetricResult.Ok(Descriptor, spearman, UtilityScores.Interval(replicates, spearman, context), baseline: null, breakdown) with
        {
            CiMethod = "bootstrap-percentile (" + context.BootstrapResamples.ToString(CultureInfo.InvariantCulture)
                + ") over evaluation rows; models and permutations fixed",
            Sampling = Running.SampleSizes.Subsamples(new SampleSize("evaluation rows (permutation importance)", rows, problem.EvaluationRows.Length)),
            Warnings = warnings,
        };
    }

    private static double? NullIfNaN(double value) => double.IsFinite(value) ? value : null;
}
