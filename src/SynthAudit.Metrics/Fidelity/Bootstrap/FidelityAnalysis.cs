using System.Collections.Immutable;
using SynthAudit.Core.Marginals;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Encoding;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>The shared fidelity work of one audit: encoding, point statistics, the holdout noise floor and the bootstrap replicates.</summary>
/// <remarks>All fidelity metrics read one set of resamples (seeded by <c>RandomFor("fidelity", "bootstrap", b)</c>), so the
/// component intervals and the overall score's interval come from the same replicates. Each replicate resamples the
/// real and the synthetic rows independently with replacement at their own sizes (docs/metrics.md section 6.1); bin edges
/// and the W1 scale stay those of the full real data (the CI is conditional on the binning).</remarks>
internal sealed class FidelityAnalysis
{
    /// <summary>The id under which the shared bootstrap streams are derived.</summary>
    public const string SeedId = "fidelity";

    private FidelityAnalysis(FidelityEncoding encoding, FidelityPlan plan, FidelityStatistics point, FidelityStatistics? baseline,
        ImmutableArray<FidelityStatistics> replicates, double level)
    {
        Encoding = encoding;
        Plan = plan;
        Point = point;
        Baseline = baseline;
        Replicates = replicates;
        Level = level;
    }

    /// <summary>The encoding.</summary>
    public FidelityEncoding Encoding { get; }

    /// <summary>The pairs and marginals covered.</summary>
    public FidelityPlan Plan { get; }

    /// <summary>Real versus synthetic on all rows.</summary>
    public FidelityStatistics Point { get; }

    /// <summary>Real versus holdout on all rows (the noise floor), when a holdout is given.</summary>
    public FidelityStatistics? Baseline { get; }

    /// <summary>Real versus synthetic on each bootstrap replicate.</summary>
    public ImmutableArray<FidelityStatistics> Replicates { get; }

    /// <summary>The confidence level.</summary>
    public double Level { get; }

    /// <summary>The method label for results.</summary>
    public string CiMethod => "bootstrap-percentile (" + Replicates.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";

    /// <summary>The analysis key: one analysis per input set.</summary>
    internal static AnalysisKey<FidelityAnalysis> Key { get; } =
        new("fidelity.analysis", AnalysisScope.InputSet, (a, ct) => Compute(a.Input, a.Context, ct));

    /// <summary>The analysis of <paramref name="input"/>, computed once per input set and shared through <see cref="MetricContext.Analyses"/>.</summary>
    public static FidelityAnalysis Get(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        return context.Analyses(input).Get(Key, ct);
    }

    /// <summary>Draws the multiplicities of bootstrap replicate <paramref name="replicate"/> (real first, then synthetic).</summary>
    public static void DrawCounts(MetricContext context, int replicate, Span<int> real, Span<int> synthetic)
    {
        ArgumentNullException.ThrowIfNull(context);
        var random = context.RandomFor(SeedId, "bootstrap", replicate);
        real.Clear();
        synthetic.Clear();
        for (var i = 0; i < real.Length; i++)
        {
            real[random.NextInt(real.Length)]++;
        }

        for (var i = 0; i < synthetic.Length; i++)
        {
            synthetic[random.NextInt(synthetic.Length)]++;
        }
    }

    /// <summary>Runs <paramref name="body"/> for replicates 0 … <paramref name="count"/> − 1 on at most
    /// <see cref="MetricContext.MaxDegreeOfParallelism"/> workers, each with one state from <paramref name="createState"/>
    /// (worker w takes replicates w, w + P, …). Results must be written to slots indexed by replicate.</summary>
    public static void ForEachReplicate<TState>(int count, MetricContext context, CancellationToken ct, Func<TState> createState, Action<int, TState> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(createState);
        ArgumentNullException.ThrowIfNull(body);
        var workers = Math.Max(1, Math.Min(context.MaxDegreeOfParallelism, count));
        Parallel.For(0, workers, context.ParallelOptions(ct), w =>
        {
            var state = createState();
            for (var b = w; b < count; b += workers)
            {
                ct.ThrowIfCancellationRequested();
                body(b, state);
            }
        });
    }

    /// <summary>The percentile interval of a statistic over the replicates, widened to contain <paramref name="estimate"/>.</summary>
    public ConfidenceInterval? Interval(Func<FidelityStatistics, double> statistic, double estimate)
    {
        if (Replicates.IsEmpty || !double.IsFinite(estimate))
        {
            return null;
        }

        var values = new double[Replicates.Length];
        for (var b = 0; b < values.Length; b++)
        {
            values[b] = statistic(Replicates[b]);
        }

        return BootstrapInterval.PercentileContaining(values, estimate, Level);
    }

    /// <summary>The mean of the finite values (NaN when none).</summary>
    public static double NanMean(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double sum = 0;
        var n = 0;
        foreach (var v in values)
        {
            if (double.IsFinite(v))
            {
                sum += v;
                n++;
            }
        }

        return n == 0 ? double.NaN : sum / n;
    }

    private static FidelityAnalysis Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        var encoding = FidelityEncoding.Build(input);
        foreach (var note in encoding.Notes)
        {
            context.Warn("fidelity: column left out, " + note);
        }

        if (encoding.RowCounts[Sides.Synthetic] < 30)
        {
            context.Warn("fidelity: the synthetic table has fewer than 30 rows; fidelity estimates are very noisy");
        }
        var plan = new FidelityPlan(encoding, context.RandomFor(MetricIds.KMarginal, "marginals"), context.ParallelOptions(ct));
        var nR = encoding.RowCounts[Sides.Real];
        var nS = encoding.RowCounts[Sides.Synthetic];
        var allReal = RowSet.All(nR);
        var evaluator = new FidelityEvaluator(encoding, plan);
        // Point values and the holdout floor come from the statistics engine when one is set (SQL push-down, docs/scale.md);
        // the bootstrap replicates below always run in-process on the loaded rows.
        var engine = context.MarginalStatistics;
        var point = engine is null
            ? evaluator.Evaluate(allReal, Sides.Synthetic, RowSet.All(nS))
            : PushedDownStatistics.Compute(engine, encoding, plan, MarginalSide.Synthetic, ct);
        FidelityStatistics? baseline = null;
        if (encoding.HasHoldout && encoding.RowCounts[Sides.Holdout] > 0)
        {
            baseline = engine is null
                ? evaluator.Evaluate(allReal, Sides.Holdout, RowSet.All(encoding.RowCounts[Sides.Holdout]))
                : PushedDownStatistics.Compute(engine, encoding, plan, MarginalSide.Holdout, ct);
        }

        var replicates = new FidelityStatistics[nR > 0 && nS > 0 ? context.BootstrapResamples : 0];
        LaneReplicates.Run(encoding, plan, context, replicates, ct);
        return new FidelityAnalysis(encoding, plan, point, baseline, [.. replicates], context.ConfidenceLevel);
    }
}
