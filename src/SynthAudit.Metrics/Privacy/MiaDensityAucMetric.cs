using System.Globalization;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Privacy;

/// <summary><c>privacy.mia_density_auc</c>: the DOMIAS density-ratio membership attack (van Breugel et al., AISTATS 2023).</summary>
/// <remarks>Definition (docs/metrics.md 4.4b): the holdout is split at random into a reference half <c>H_ref</c> and an evaluation
/// half <c>H_eval</c> (disjoint). Score(x) = <c>log p̂_S(x) − log p̂_R(x)</c>, where <c>p̂_S</c> is a product Gaussian KDE fitted
/// on the synthetic rows and <c>p̂_R</c> one fitted on <c>H_ref</c>, both with Scott bandwidths, in the feature space of
/// <see cref="DensityFeatures"/> (standardised numerics, one-hot categoricals with at most 64 levels each, top 10 principal
/// components when there are more than 10 features). Members: <c>m = min(n_T, |H_eval|, 2000)</c> train rows; non-members: m rows of <c>H_eval</c>. Value: AUC
/// with DeLong interval (0.5 = no signal). A local excess of synthetic density over the population density at training
/// points is the signature of overfitting.</remarks>
public sealed class MiaDensityAucMetric : IMetric
{
    /// <summary>The largest number of members (and of non-members) evaluated.</summary>
    public const int MaxEvaluated = 2000;

    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.MiaDensityAuc;

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

        var holdout = input.Holdout;
        var split = context.RandomFor(Descriptor.Id, "split").Permutation(holdout.RowCount);
        var half = holdout.RowCount / 2;
        var reference = split[..half];
        var evaluation = split[half..];
        var m = Math.Min(Math.Min(input.Real.RowCount, evaluation.Length), MaxEvaluated);
        var members = context.RandomFor(Descriptor.Id, "members").SampleWithoutReplacement(input.Real.RowCount, m);
        var nonMembers = evaluation[..m];
        var allSynthetic = Enumerable.Range(0, input.Synthetic.RowCount).ToArray();
        var features = new DensityFeatures(input.UsedColumns, [(input.Synthetic, allSynthetic), (holdout, reference)],
            context.RandomFor(Descriptor.Id, "pca"));
        if (features.Dimensions == 0)
        {
            return MetricResult.Skipped(Descriptor, "every column is constant: no density to compare");
        }

        var synthetic = features.Transform(input.Synthetic, allSynthetic);
        var referenceData = features.Transform(holdout, reference);
        var kdeS = new GaussianKde(synthetic, GaussianKde.ScottBandwidths(synthetic));
        var kdeR = new GaussianKde(referenceData, GaussianKde.ScottBandwidths(referenceData));
        var options = context.ParallelOptions(ct);
        var memberScores = Scores(kdeS, kdeR, features.Transform(input.Real, members), options);
        var nonMemberScores = Scores(kdeS, kdeR, features.Transform(holdout, nonMembers), options);
        var warnings = new List<string>();
        if (PrivacyData.SmallHoldoutWarning(input) is { } small)
        {
            warnings.Add(small);
        }

        var space = features.Components > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{features.RawDimensions} features projected on the top {features.Components} principal components")
            : string.Create(CultureInfo.InvariantCulture, $"{features.Dimensions} features, no projection");
        if (features.PooledColumns.Count > 0)
        {
            space += string.Create(CultureInfo.InvariantCulture,
                $"; {features.PooledColumns.Count} categorical column(s) with more than {DensityFeatures.MaxLevels} levels keep their {DensityFeatures.MaxLevels} most frequent levels, the rest pooled ({string.Join(", ", features.PooledColumns.Take(5))})");
        }

        return MembershipRoc.Result(Descriptor, memberScores, nonMemberScores, context.ConfidenceLevel,
        [
            new BreakdownEntry("feature_space", features.Dimensions, Note: space),
            new BreakdownEntry("reference_rows", reference.Length, Note: string.Create(CultureInfo.InvariantCulture,
                $"density reference: {reference.Length} holdout rows; {m} other holdout rows are the non-members (cap {MaxEvaluated})")),
        ], warnings) with
        {
            Sampling = Running.SampleSizes.Subsamples(new SampleSize("train rows (members)", m, input.Real.RowCount),
                new SampleSize("holdout rows (non-members)", m, evaluation.Length)),
        };
    }

    private static double[] Scores(GaussianKde synthetic, GaussianKde reference, double[][] points, ParallelOptions options)
    {
        var s = synthetic.LogDensity(points, options);
        var r = reference.LogDensity(points, options);
        for (var i = 0; i < s.Length; i++)
        {
            s[i] -= r[i];
        }

        return s;
    }
}
