namespace SynthAudit.Generation.Privacy;

/// <summary>A user's privacy budget (ε, δ) and its zCDP equivalent ρ.</summary>
/// <remarks>ρ is the largest zCDP budget that implies (ε, δ)-DP under the CKS 2020 conversion (the same quantity as
/// private-pgm's <c>cdp_rho</c>). Validation: ε &gt; 0 finite, 0 &lt; δ &lt; 1e-3 (δ must be far below 1/N; N is private,
/// so the bound is checked against a public row-count bound when one is given, see <see cref="CheckAgainstRowBound"/>).</remarks>
public sealed record PrivacyBudget
{
    /// <summary>The default δ.</summary>
    public const double DefaultDelta = 1e-9;

    /// <summary>The largest δ accepted without a public row-count bound.</summary>
    public const double MaxDelta = 1e-3;

    /// <summary>Creates and validates a budget.</summary>
    /// <exception cref="ArgumentOutOfRangeException">ε or δ is out of range.</exception>
    public PrivacyBudget(double epsilon, double delta = DefaultDelta)
    {
        if (!(epsilon > 0) || double.IsInfinity(epsilon) || epsilon > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), "epsilon must be a number in (0, 100]");
        }

        if (!(delta > 0 && delta < MaxDelta))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), "delta must be in (0, 0.001)");
        }

        Epsilon = epsilon;
        Delta = delta;
        Rho = CksConversion.Rho(epsilon, delta);
    }

    /// <summary>The ε of the (ε, δ)-DP guarantee.</summary>
    public double Epsilon { get; }

    /// <summary>The δ of the (ε, δ)-DP guarantee.</summary>
    public double Delta { get; }

    /// <summary>The zCDP budget ρ implied by the CKS conversion.</summary>
    public double Rho { get; }

    /// <summary>Checks δ &lt; 1/n for a public upper bound n on the number of rows.</summary>
    /// <returns>False when δ is not below 1/n.</returns>
    public bool CheckAgainstRowBound(long publicRowBound) => publicRowBound <= 0 || Delta < 1.0 / publicRowBound;
}
