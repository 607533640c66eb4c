namespace SynthAudit.Testing.Calibration;

/// <summary>One kind of synthetic data whose privacy truth is known, and what a correct verdict is.</summary>
/// <param name="Name">The case, e.g. <c>fresh</c>, <c>dp1+1%</c>.</param>
/// <param name="Truth">safe (no leak), leak (training rows leak), or singling (rare real values copied: singling out is real).</param>
/// <param name="Expected">The verdict a correct audit gives, in words (the table's column).</param>
/// <param name="Correct">Whether an outcome is correct for this case.</param>
public sealed record CalibrationCase(string Name, string Truth, string Expected, Func<CalibrationOutcome, bool> Correct)
{
    /// <summary>Whether a wrong outcome is a false alarm (the truth is safe) rather than a miss.</summary>
    public bool IsSafe => Truth == "safe";
}
