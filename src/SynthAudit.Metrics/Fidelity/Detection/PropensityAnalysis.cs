using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Bootstrap;
using SynthAudit.Metrics.Learning;

namespace SynthAudit.Metrics.Fidelity.Detection;

/// <summary>In-sample propensities of a main-effects logistic regression separating real (0) from another table (1),
/// computed once per audit and shared (docs/metrics.md 2.10).</summary>
/// <remarks>Features: standardised numerics with missing indicators, one-hot drop-first categoricals with missing as a level;
/// a tiny L2 penalty <c>λ = 1e-9·N</c> (the saturated example of 2.10 stays within 1e-6; step halving and the iteration cap of the fit guard against separation); each side is subsampled (seeded) to at most
/// <see cref="MaxRowsPerSide"/> rows.</remarks>
internal sealed class PropensityAnalysis
{
    /// <summary>The most rows per side in the fit.</summary>
    public const int MaxRowsPerSide = 50_000;

    private PropensityAnalysis(ClassifierSample sample, double[] propensities, int parameters, bool converged)
    {
        Sample = sample;
        Propensities = propensities;
        Parameters = parameters;
        Converged = converged;
        Statistics = PropensityStatistics.Compute(propensities, sample.RealRows.Length, parameters);
    }

    /// <summary>The stacked sample.</summary>
    public ClassifierSample Sample { get; }

    /// <summary>The fitted probability of label 1 for every stacked row.</summary>
    public double[] Propensities { get; }

    /// <summary>The number of model parameters k, intercept included.</summary>
    public int Parameters { get; }

    /// <summary>Whether the fit converged.</summary>
    public bool Converged { get; }

    /// <summary>pMSE, null moments, standardised pMSE and ratio.</summary>
    public PropensityStatistics Statistics { get; }

    /// <summary>Real versus synthetic, shared per audit.</summary>
    public static PropensityAnalysis? Get(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var cache = context.Shared.GetOrAdd("fidelity.propensity", () => new InputKeyedCache<Holder>());
        return cache.Get(input, () => new Holder(Fit(input.Real, input.Synthetic, input, context, "synthetic", ct))).Value;
    }

    /// <summary>The noise floor, holdout versus real, computed once per (real, holdout, columns, seed) and shared by every
    /// synthetic set of a <c>compare</c>; null without holdout or when a side is empty.</summary>
    /// <remarks>The fit reads only the real and holdout rows, the used columns and the seeded subsample, so it is the same
    /// whatever the synthetic table.</remarks>
    public static PropensityAnalysis? HoldoutBaseline(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (input.Holdout is not { } holdout)
        {
            return null;
        }

        var settings = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{context.Seeds.MasterSeed}/{string.Join("|", ClassifierSample.Columns(input))}");
        return HoldoutCache(context).Get(input.Real, holdout, settings,
            () => new Holder(Fit(input.Real, holdout, input, context, "holdout", ct))).Value;
    }

    /// <summary>The shared cache of holdout baselines of <paramref name="context"/>.</summary>
    internal static RealKeyedCache<Holder> HoldoutCache(MetricContext context) =>
        context.Shared.GetOrAdd("fidelity.propensity.holdout", () => new RealKeyedCache<Holder>());

    /// <summary>Fits the propensity model of <paramref name="real"/> versus <paramref name="other"/>; null when a side is empty.</summary>
    public static PropensityAnalysis? Fit(Table real, Table other, AuditInput input, MetricContext context, string purpose, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(context);
        var columns = ClassifierSample.Columns(input);
        if (columns.Count == 0 || real.RowCount == 0 || other.RowCount == 0)
        {
            return null;
        }

        var sample = ClassifierSample.Create(real, other, columns, MaxRowsPerSide, MaxRowsPerSide, context.RandomFor(MetricIds.PmseRatio, purpose));
        var x = FeatureEncoder.Fit(sample.Stacked, columns, dropFirstLevel: true).Transform(sample.Stacked);
        var options = new LogisticRegressionOptions(L2: 1e-9 * sample.Labels.Length);
        var model = LogisticRegression.Fit(x, sample.Labels, options, context.ParallelOptions(ct));
        return new PropensityAnalysis(sample, model.PredictProbabilities(x), model.ParameterCount, model.Converged);
    }

    /// <summary>Boxes a nullable analysis for the cache.</summary>
    internal sealed class Holder(PropensityAnalysis? value)
    {
        public PropensityAnalysis? Value { get; } = value;
    }
}
