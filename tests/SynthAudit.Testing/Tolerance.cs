namespace SynthAudit.Testing;

/// <summary>Assertions for floating-point expected values with an absolute tolerance (docs/metrics.md: 1e-9 unless stated).</summary>
public static class Tolerance
{
    /// <summary>Asserts |expected − actual| ≤ tolerance.</summary>
    public static void Equal(double expected, double actual, double tolerance = 1e-9)
    {
        if (double.IsNaN(expected) && double.IsNaN(actual))
        {
            return;
        }

        if (!(Math.Abs(expected - actual) <= tolerance))
        {
            throw new Xunit.Sdk.XunitException(FormattableString.Invariant($"Expected {expected:R} ± {tolerance:R}, got {actual:R} (difference {actual - expected:R})."));
        }
    }
}
