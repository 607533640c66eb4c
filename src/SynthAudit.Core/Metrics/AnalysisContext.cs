namespace SynthAudit.Core.Metrics;

/// <summary>The shared analyses of one input set: metrics ask it for what they need (encodings, neighbour searches, trained
/// models), and each analysis is computed once, lazily, on first request.</summary>
/// <remarks>Get one with <see cref="MetricContext.Analyses(AuditInput)"/>. <see cref="AnalysisScope.InputSet"/> analyses live
/// here; <see cref="AnalysisScope.RealData"/> analyses live in the context's <see cref="RealDataAnalyses"/>, so the audits of
/// <c>compare</c> (one real and holdout table, several synthetic sets) compute them once. Thread-safe: callers at the same
/// time wait for the first computation. An analysis may ask for others, never for itself.</remarks>
public sealed class AnalysisContext
{
    private readonly AnalysisStore _store = new();
    private readonly RealDataAnalyses _realData;

    internal AnalysisContext(AuditInput input, MetricContext context, RealDataAnalyses realData)
    {
        Input = input;
        Context = context;
        _realData = realData;
    }

    /// <summary>The input set.</summary>
    public AuditInput Input { get; }

    /// <summary>The run's seeds, resamples and parallelism.</summary>
    public MetricContext Context { get; }

    /// <summary>The analysis of <paramref name="key"/>, computed on first request.</summary>
    public T Get<T>(AnalysisKey<T> key, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        return Lookup(key, null, () => key.Compute(this, ct));
    }

    /// <summary>The analysis of <paramref name="key"/> for <paramref name="argument"/>, computed on first request.</summary>
    public T Get<TArgument, T>(AnalysisKey<TArgument, T> key, TArgument argument, CancellationToken ct)
        where TArgument : notnull
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(argument);
        return Lookup(key, argument, () => key.Compute(this, argument, ct));
    }

    /// <summary>How many <see cref="AnalysisScope.InputSet"/> results of <paramref name="key"/> this input set computed.</summary>
    public int ComputedCount(AnalysisKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _store.ComputedCount(key);
    }

    private T Lookup<T>(AnalysisKey key, object? argument, Func<T> compute)
        where T : class =>
        key.Scope == AnalysisScope.RealData
            ? _realData.GetOrCompute(key, argument, Input, Context, compute)
            : _store.GetOrCompute(key, (key, argument), compute);
}
