using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Neighbors;
using SynthAudit.Metrics.Running;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Privacy;

/// <summary><c>privacy.nndr</c>: the 5th percentile of the nearest-neighbour distance ratio of synthetic rows against train.</summary>
/// <remarks>Definition (docs/metrics.md 4.3): <c>NNDR(s) = d₁/d₂</c>, the two smallest Gower distances from <c>s</c> to train;
/// <c>d₂ = 0</c> gives 1 (a duplicate real record is not distinctive), <c>d₁ = 0 &lt; d₂</c> gives 0. Small values mean a
/// synthetic row sits close to one specific real row and far from the rest. Baseline: the same 5th percentile for holdout
/// rows against train (without a holdout: train rows against the other train rows). Interval: the distribution-free
/// order-statistic interval of a quantile (binomial, normal approximation). Breakdown: the share below 0.5 (Wilson) and the median.</remarks>
public sealed class NndrMetric : IMetric
{
    private const double Percentile = 0.05;

    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.Nndr;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (PrivacyData.CannotRun(input, needsHoldout: false) is { } reason)
        {
            return MetricResult.Skipped(Descriptor, reason);
        }

        var data = PrivacyData.For(input, context);
        var useHoldout = input.Holdout is not null && PrivacyData.CannotRun(input, needsHoldout: true) is null;
        var ratios = Ratios(data.SyntheticToTrain);
        var baselineRatios = Ratios(useHoldout ? data.HoldoutToTrain! : data.TrainToTrain);
        var baselineSource = useHoldout ? "holdout rows against train" : "train rows against the other train rows (no holdout)";
        var sorted = Quantiles.Sorted(ratios);
        var baseSorted = Quantiles.Sorted(baselineRatios);
        var value = Quantiles.OfSorted(sorted, Percentile);
        var level = context.ConfidenceLevel;
        var below = ratios.Count(r => r < 0.5);
        var baseBelow = baselineRatios.Count(r => r < 0.5);
        var breakdown = new List<BreakdownEntry>
        {
            new("share_below_0.5", (double)below / ratios.Length, WilsonInterval.Of(below, ratios.Length, level), (double)baseBelow / baselineRatios.Length,
                "share of synthetic rows with NNDR < 0.5; baseline = " + baselineSource),
            new("median", Quantiles.OfSorted(sorted, 0.5), Baseline: Quantiles.OfSorted(baseSorted, 0.5), Note: "median NNDR"),
            new("sizes", ratios.Length, Note: string.Create(CultureInfo.InvariantCulture,
                $"{ratios.Length} synthetic query rows of {input.Synthetic.RowCount}; baseline from {baselineRatios.Length} {baselineSource}; all train rows searched")),
        };
        var warnings = new List<string>();
        if (!useHoldout)
        {
            warnings.Add("no usable holdout: the baseline is computed within train (leave-one-out)");
        }
        else if (PrivacyData.SmallHoldoutWarning(input) is { } small)
        {
            warnings.Add(small);
        }

        var figure = DistanceHistogram.Create("privacy.nndr.histogram", "Nearest-neighbour distance ratio", "NNDR", 20,
            ("synthetic", ratios), (useHoldout ? "holdout" : "train (leave-one-out)", baselineRatios));
        return MetricResult.Ok(Descriptor, value, QuantileInterval(sorted, Percentile, level), Quantiles.OfSorted(baseSorted, Percentile), breakdown) with
        {
            CiMethod = "order-statistic (binomial)",
            Sampling = SampleSizes.Subsamples(data.SyntheticSample, useHoldout ? data.Real.HoldoutSample! : data.Real.TrainSample),
            Warnings = [.. warnings],
            Figures = [figure],
        };
    }

    /// <summary>NNDR of every query row from its two nearest neighbours (docs/metrics.md 4.3 conventions).</summary>
    internal static double[] Ratios(NeighborResult twoNearest)
    {
        var result = new double[twoNearest.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Ratio(twoNearest.Distance(i, 0), twoNearest.Index(i, 1) < 0 ? double.NaN : twoNearest.Distance(i, 1));
        }

        return result;
    }

    /// <summary>d₁/d₂ with d₂ = 0 → 1 and d₁ = 0 &lt; d₂ → 0; a missing second neighbour gives 1.</summary>
    internal static double Ratio(double d1, double d2)
    {
        if (double.IsNaN(d2) || d2 == 0)
        {
            return 1;
        }

        return d1 / d2;
    }

    /// <summary>The order-statistic interval of the <paramref name="p"/>-quantile: ranks np ∓ z√(np(1−p)).</summary>
    internal static ConfidenceInterval? QuantileInterval(double[] sorted, double p, double level)
    {
        var n = sorted.Length;
        if (n == 0)
        {
            return null;
        }

        var z = NormalDistribution.TwoSidedZ(level);
        var half = z * Math.Sqrt(n * p * (1 - p));
        var lo = (int)Math.Clamp(Math.Floor(n * p - half), 0, n - 1);
        var hi = (int)Math.Clamp(Math.Ceiling(n * p + half), 0, n - 1);
        var estimate = Quantiles.OfSorted(sorted, p);
        return new ConfidenceInterval(Math.Min(sorted[lo], estimate), Math.Max(sorted[hi], estimate), level);
    }
}
