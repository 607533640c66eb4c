namespace SynthAudit.Core.Metrics;

/// <summary>A typed key of an analysis that takes no argument: its scope and the one function that computes it.</summary>
/// <typeparam name="T">The analysis.</typeparam>
/// <remarks>Ask for the value with <see cref="AnalysisContext.Get{T}(AnalysisKey{T}, CancellationToken)"/>. A
/// <see cref="AnalysisScope.RealData"/> computation must read only <see cref="AuditInput.Real"/>,
/// <see cref="AuditInput.Holdout"/>, <see cref="AuditInput.Schema"/> and the run settings, never the synthetic rows.</remarks>
public sealed class AnalysisKey<T> : AnalysisKey
    where T : class
{
    private readonly Func<AnalysisContext, CancellationToken, T> _compute;

    /// <summary>Declares the key.</summary>
    /// <param name="name">A readable name (diagnostics only).</param>
    /// <param name="scope">Which inputs the computation reads.</param>
    /// <param name="compute">Computes the analysis for one input set.</param>
    public AnalysisKey(string name, AnalysisScope scope, Func<AnalysisContext, CancellationToken, T> compute)
        : base(name, scope)
    {
        ArgumentNullException.ThrowIfNull(compute);
        _compute = compute;
    }

    internal T Compute(AnalysisContext analyses, CancellationToken ct) => _compute(analyses, ct);
}
