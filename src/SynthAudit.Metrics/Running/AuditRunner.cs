using System.Collections.Immutable;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;

namespace SynthAudit.Metrics.Running;

/// <summary>Runs every metric whose inputs exist and collects all of them, skipped ones included, into an <see cref="AuditResult"/>.</summary>
public static class AuditRunner
{
    /// <summary>Runs <paramref name="metrics"/> (the default registry when null) in order.</summary>
    /// <param name="input">The aligned inputs.</param>
    /// <param name="context">Seeds, bootstrap size, parallelism and shared work.</param>
    /// <param name="provenance">Input hashes and pre-metric warnings.</param>
    /// <param name="metrics">The metrics to run.</param>
    /// <param name="progress">Called with each metric id before it runs.</param>
    /// <param name="ct">Cancels the run.</param>
    public static AuditResult Run(AuditInput input, MetricContext context, AuditProvenance provenance,
        IReadOnlyList<IMetric>? metrics = null, Action<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(provenance);
        metrics ??= MetricRegistry.CreateDefault();
        var results = new MetricResult[metrics.Count];
        var concurrent = Concurrency(input, context);
        if (concurrent <= 1)
        {
            for (var i = 0; i < metrics.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Invoke(metrics[i].Descriptor.Id);
                results[i] = RunOne(metrics[i], input, context, ct);
            }
        }
        else
        {
            // Metrics start in registry order, a few at a time: one metric's serial stretches (model fits, query
            // generation) overlap another's parallel ones. Shared work is computed once (the typed analysis context) and every
            // random stream is keyed by metric and purpose, so the results do not depend on the interleaving.
            var next = -1;
            var gate = new Lock();
            var workers = new Task[concurrent];
            for (var w = 0; w < workers.Length; w++)
            {
                workers[w] = Task.Factory.StartNew(() =>
                {
                    while (true)
                    {
                        ct.ThrowIfCancellationRequested();
                        var i = Interlocked.Increment(ref next);
                        if (i >= metrics.Count)
                        {
                            return;
                        }

                        if (progress is not null)
                        {
                            lock (gate)
                            {
                                progress(metrics[i].Descriptor.Id);
                            }
                        }

                        results[i] = RunOne(metrics[i], input, context, ct);
                    }
                }, ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }

            try
            {
                Task.WaitAll(workers, CancellationToken.None);
            }
            catch (AggregateException ex)
            {
                // Rethrow the failure itself (a typed SynthAuditException or the cancellation), not the aggregate.
                var first = ex.Flatten().InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) ?? ex.InnerExceptions[0];
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
            }
        }

        var all = ImmutableArray.Create(results);
        var warnings = provenance.Warnings.Concat(context.Warnings).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return new AuditResult(AuditResult.CurrentSchemaVersion, ToolInfo.Current, provenance.CreatedUtc, context.Seeds.MasterSeed,
            provenance.Inputs, input.Schema.Columns, all, AuditSummaryBuilder.Build(all), warnings)
        {
            DatasetName = provenance.DatasetName,
            CommandLine = provenance.CommandLine,
            Settings = provenance.Settings,
            DpGuarantee = provenance.DpGuarantee,
            DpGuaranteeRejected = provenance.DpGuaranteeRejected,
            ThreatModel = provenance.ThreatModel,
            IdentifierScan = provenance.IdentifierScan,
            Review = provenance.Review,
        };
    }

    /// <summary>Above this many rows (real + synthetic + holdout) metrics run one at a time: each already uses every core
    /// internally, and two large metrics at once would add their memory peaks.</summary>
    public const long ConcurrentMaxRows = 300_000;

    /// <summary>How many metrics run at once: two (or the parallelism, if lower) on inputs of at most
    /// <see cref="ConcurrentMaxRows"/> rows, else one.</summary>
    public static int Concurrency(AuditInput input, MetricContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var rows = (long)input.Real.RowCount + input.Synthetic.RowCount + (input.Holdout?.RowCount ?? 0);
        return rows > ConcurrentMaxRows ? 1 : Math.Min(2, context.MaxDegreeOfParallelism);
    }

    /// <summary>Runs one metric, turning missing inputs into a skipped result with the reason.</summary>
    public static MetricResult RunOne(IMetric metric, AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(input);
        var missing = metric.Descriptor.Requires & ~input.Available;
        if (missing != MetricRequirements.None)
        {
            return MetricResult.Skipped(metric.Descriptor, MissingReason(missing));
        }

        try
        {
            return metric.Compute(input, context, ct);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Core.Errors.SynthAuditException)
        {
            throw;
        }
        catch (Exception ex) when (ex is ArithmeticException or ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            // A metric must never crash the audit: report it as skipped and say so loudly.
            // Reports carry a sentence for the user, never an exception's type or its developer message.
            context.Warn("metric " + metric.Descriptor.Id + " could not be computed on these inputs and is reported as skipped (an unexpected case; please report it with the audit's settings)");
            return MetricResult.Skipped(metric.Descriptor, FailedReason);
        }
    }

    /// <summary>The skip reason of a metric that failed on an unexpected case.</summary>
    public const string FailedReason = "could not be computed on these inputs (an unexpected case in the data, such as identical or constant rows)";

    private static string MissingReason(MetricRequirements missing)
    {
        var needs = new List<string>();
        if (missing.HasFlag(MetricRequirements.Holdout))
        {
            needs.Add("--holdout");
        }

        if (missing.HasFlag(MetricRequirements.Target))
        {
            needs.Add("--target");
        }

        if (missing.HasFlag(MetricRequirements.Sensitive))
        {
            needs.Add("--sensitive");
        }

        return "needs " + string.Join(" and ", needs);
    }
}
