namespace SynthAudit.Core.Metrics;

/// <summary>A typed key of an analysis that takes an argument (options, a sample size): one result per distinct argument.</summary>
/// <typeparam name="TArgument">The argument; compared with <see cref="EqualityComparer{T}.Default"/>, so use a record or a value.</typeparam>
/// <typeparam name="T">The analysis.</typeparam>
/// <remarks>The scope rules of <see cref="AnalysisKey{T}"/> apply.</remarks>
public sealed class AnalysisKey<TArgument, T> : AnalysisKey
    where TArgument : notnull
    where T : class
{
    private readonly Func<AnalysisContext, TArgument, CancellationToken, T> _compute;

    /// <summary>Declares the key.</summary>
    /// <param name="name">A readable name (diagnostics only).</param>
    /// <param name="scope">Which inputs the computation reads.</param>
    /// <param name="compute">Computes the analysis for one input set and argument.</param>
    public AnalysisKey(string name, AnalysisScope scope, Func<AnalysisContext, TArgument, CancellationToken, T> compute)
        : base(name, scope)
    {
        ArgumentNullException.ThrowIfNull(compute);
        _compute = compute;
    }

    internal T Compute(AnalysisContext analyses, TArgument argument, CancellationToken ct) => _compute(analyses, argument, ct);
}
