namespace SynthAudit.Metrics.Utility;

/// <summary>Names one side of the utility protocol, so that work derived from a side (scores) is shared per side.</summary>
/// <param name="Kind">The training rows.</param>
/// <param name="Size">The subsample size of <see cref="UtilitySideKind.TrtrSizeMatched"/>, else 0.</param>
internal readonly record struct UtilitySideId(UtilitySideKind Kind, int Size)
{
    /// <summary>The full TRTR side.</summary>
    public static UtilitySideId Trtr => new(UtilitySideKind.Trtr, 0);

    /// <summary>The TSTR side.</summary>
    public static UtilitySideId Tstr => new(UtilitySideKind.Tstr, 0);

    /// <summary>Whether the side reads the synthetic rows (and so cannot be shared across synthetic sets).</summary>
    public bool ReadsSynthetic => Kind == UtilitySideKind.Tstr;
}
