namespace SynthAudit.Metrics.Fidelity.Encoding;

/// <summary>Indices of the three tables in the per-side arrays of an encoding.</summary>
internal static class Sides
{
    /// <summary>The real (train) table.</summary>
    public const int Real = 0;

    /// <summary>The synthetic table.</summary>
    public const int Synthetic = 1;

    /// <summary>The holdout table.</summary>
    public const int Holdout = 2;

    /// <summary>The number of sides.</summary>
    public const int Count = 3;
}
