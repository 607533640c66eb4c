namespace SynthAudit.Metrics.Utility;

/// <summary>Which rows a utility model is trained on.</summary>
internal enum UtilitySideKind
{
    /// <summary>The real training rows (train real, test real).</summary>
    Trtr,

    /// <summary>A seeded subsample of the real training rows as large as the synthetic data.</summary>
    TrtrSizeMatched,

    /// <summary>The synthetic rows (train synthetic, test real).</summary>
    Tstr,
}
