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

    /// <summary>The key of the real-versus-synthetic fit: one per input set.</summary>
    internal static AnalysisKey<Holder> SyntheticKey { get; } = new("fidelity.propensity", AnalysisScope.InputSet,
        (a, ct) => new Holder(Fit(a.Input.Real, a.Input.Synthetic, a.Input, a.Context, "synthetic", ct)));

    /// <summary>The key of the holdout-versus-real noise floor: real data only, so one for every synthetic set of a <c>compare</c>.</summary>
    /// <remarks>The fit reads only the real and holdout rows, the used columns and the seeded subsample, so it is the same
    /// whatever the synthetic table.</remarks>
    internal static AnalysisKey<Holder> HoldoutKey { get; } = new("fidelity.propensity.holdout", AnalysisScope.RealData,
        (a, ct) => new Holder(a.Input.Holdout is { } holdout ? Fit(a.Input.Real, holdout, a.Input, a.Context, "holdout", ct) : null));

    /// <summary>Real versus synthetic, shared per input set.</summary>
    public static PropensityAnalysis? Get(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        return context.Analyses(input).Get(SyntheticKey, ct).Value;
    }

    /// <summary>The noise floor, holdout versus real, computed once per real data and shared by every synthetic set of a
    /// <c>compare</c>; null without holdout or when a side is empty.</summary>
    public static PropensityAnalysis? HoldoutBaseline(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        return input.Holdout is null ? null : context.Analyses(input).Get(HoldoutKey, ct).Value;
    }

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
