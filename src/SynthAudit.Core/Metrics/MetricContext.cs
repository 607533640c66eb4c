using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SynthAudit.Core.Marginals;
using SynthAudit.Core.Randomness;

namespace SynthAudit.Core.Metrics;

/// <summary>Run-wide settings and services handed to every metric: seeds, bootstrap size, parallelism, shared analyses, warnings.</summary>
public sealed class MetricContext
{
    private readonly ConcurrentQueue<string> _warnings = new();
    private readonly ConditionalWeakTable<AuditInput, AnalysisContext> _analyses = new();
    private readonly RealDataAnalyses _realData;

    /// <summary>Creates a context.</summary>
    /// <param name="seeds">The seed source of the run.</param>
    /// <param name="bootstrapResamples">Bootstrap resamples for interval estimates (default 200).</param>
    /// <param name="confidenceLevel">The confidence level of every interval (default 0.95).</param>
    /// <param name="maxDegreeOfParallelism">Threads a metric may use (default: all cores).</param>
    /// <param name="shared">Real-data analyses; pass one instance to the audits of several synthetic sets to share real-only work.</param>
    public MetricContext(SeedSource seeds, int bootstrapResamples = 200, double confidenceLevel = 0.95,
        int maxDegreeOfParallelism = 0, RealDataAnalyses? shared = null)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfNegative(bootstrapResamples);
        if (confidenceLevel is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel));
        }

        Seeds = seeds;
        BootstrapResamples = bootstrapResamples;
        ConfidenceLevel = confidenceLevel;
        MaxDegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        _realData = shared ?? new RealDataAnalyses();
    }

    /// <summary>The seed source of the run.</summary>
    public SeedSource Seeds { get; }

    /// <summary>Bootstrap resamples for interval estimates.</summary>
    public int BootstrapResamples { get; }

    /// <summary>The confidence level of every interval.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Threads a metric may use.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Parallel options honouring <see cref="MaxDegreeOfParallelism"/> and <paramref name="ct"/>.</summary>
    public ParallelOptions ParallelOptions(CancellationToken ct) =>
        new() { MaxDegreeOfParallelism = MaxDegreeOfParallelism, CancellationToken = ct };

    /// <summary>Where the marginal-based fidelity metrics take their point values from (see <see cref="IMarginalStatistics"/>);
    /// null computes them in-process on the loaded tables, which is the default.</summary>
    /// <remarks>Bootstrap intervals and every non-marginal metric still run in-process on the loaded
    /// tables whichever engine is set.</remarks>
    public IMarginalStatistics? MarginalStatistics { get; init; }

    /// <summary>The shared analyses of <paramref name="input"/>: one <see cref="AnalysisContext"/> per input set and context.</summary>
    public AnalysisContext Analyses(AuditInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _analyses.GetValue(input, i => new AnalysisContext(i, this, _realData));
    }

    /// <summary>A fresh generator for one consumer: same seed, metric and purpose give the same stream.</summary>
    public DeterministicRandom RandomFor(string metricId, string purpose = "", long replicate = 0) =>
        Seeds.For(metricId, purpose, replicate);

    /// <summary>Records a run-level warning (shown in audit.json and the reports). Duplicates are kept once.</summary>
    public void Warn(string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        if (!_warnings.Contains(message))
        {
            _warnings.Enqueue(message);
        }
    }

    /// <summary>The warnings recorded so far, sorted for deterministic output.</summary>
    public IReadOnlyList<string> Warnings => _warnings.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
