namespace SynthAudit.Core.Metrics;

/// <summary>The identity of one shared analysis: a name for diagnostics and the scope in which its result is reused.</summary>
/// <remarks>Keys compare by reference: declare each one once, as a static field next to the analysis it computes, with
/// <see cref="AnalysisKey{T}"/> or <see cref="AnalysisKey{TArgument, T}"/>. Two keys never share a result, whatever their names.</remarks>
public abstract class AnalysisKey
{
    private protected AnalysisKey(string name, AnalysisScope scope)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!Enum.IsDefined(scope))
        {
            throw new ArgumentOutOfRangeException(nameof(scope));
        }

        Name = name;
        Scope = scope;
    }

    /// <summary>A readable name (diagnostics only; never used for lookup).</summary>
    public string Name { get; }

    /// <summary>Which inputs the analysis reads.</summary>
    public AnalysisScope Scope { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
