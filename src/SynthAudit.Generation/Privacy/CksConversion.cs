namespace SynthAudit.Generation.Privacy;

/// <summary>Converts between ρ-zCDP and (ε, δ)-DP with the optimal bound of Canonne, Kamath and Steinke (2020).</summary>
/// <remarks>δ(ρ, ε) = inf over α &gt; 1 of exp((α−1)(αρ−ε)) / (α−1) · (1 − 1/α)^α, evaluated in log space; the optimal α is
/// the root of the (increasing) derivative (2α−1)ρ − ε + log(1 − 1/α), found by bisection. ρ for a given (ε, δ) keeps the
/// lower end of a bisection on ρ (the side that satisfies δ), ε for a given (ρ, δ) keeps the upper end (docs/dp-generator.md 1.5).</remarks>
public static class CksConversion
{
    private const int Iterations = 200;

    /// <summary>The smallest δ such that a ρ-zCDP mechanism is (ε, δ)-DP, by the CKS bound.</summary>
    public static double Delta(double rho, double epsilon)
    {
        if (rho < 0 || epsilon < 0 || double.IsNaN(rho) || double.IsNaN(epsilon))
        {
            throw new ArgumentOutOfRangeException(nameof(rho), "rho and epsilon must be non-negative");
        }

        if (rho == 0)
        {
            return 0;
        }

        var lo = 1.0 + 1e-12;
        var hi = ((epsilon + 1) / (2 * rho)) + 2;
        for (var i = 0; i < Iterations; i++)
        {
            var mid = 0.5 * (lo + hi);
            var derivative = (((2 * mid) - 1) * rho) - epsilon + Math.Log(1 - (1 / mid));
            if (derivative < 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        var alpha = Math.Max(hi, 1.01);
        var logDelta = ((alpha - 1) * ((alpha * rho) - epsilon)) + (alpha * Math.Log(1 - (1 / alpha))) - Math.Log(alpha - 1);
        return Math.Min(Math.Exp(logDelta), 1.0);
    }

    /// <summary>The largest ρ whose zCDP guarantee implies (ε, δ)-DP.</summary>
    public static double Rho(double epsilon, double delta)
    {
        Validate(epsilon, delta);
        double lo = 0;
        var hi = epsilon + 1;
        for (var i = 0; i < Iterations; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Delta(mid, epsilon) <= delta)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The smallest ε such that a ρ-zCDP mechanism is (ε, δ)-DP.</summary>
    public static double Epsilon(double rho, double delta)
    {
        if (!(delta > 0 && delta < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), "delta must be in (0, 1)");
        }

        if (!(rho >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(rho), "rho must be non-negative");
        }

        if (rho == 0)
        {
            return 0;
        }

        double lo = 0;
        var hi = rho + (2 * Math.Sqrt(rho * Math.Log(1 / delta)));
        for (var i = 0; i < Iterations; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Delta(rho, mid) <= delta)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return hi;
    }

    private static void Validate(double epsilon, double delta)
    {
        if (!(epsilon > 0) || double.IsInfinity(epsilon))
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), "epsilon must be a positive finite number");
        }

        if (!(delta > 0 && delta < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), "delta must be in (0, 1)");
        }
    }
}
