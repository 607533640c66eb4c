namespace SynthAudit.Generation.Privacy;

/// <summary>The exponential mechanism: picks index r with probability ∝ exp(ε·q_r / (2Δ_q)).</summary>
/// <remarks>ε-DP and ε²/8-zCDP (Cesar and Rogers 2021), so a zCDP budget ρ buys ε = sqrt(8ρ). Computed in doubles with
/// the maximum subtracted (log-sum-exp) and a 53-bit uniform from the DP random source; floating point in the EM is a
/// documented residual risk (docs/dp-generator.md 7.5).</remarks>
public static class ExponentialMechanism
{
    /// <summary>The EM ε bought by a zCDP budget ρ.</summary>
    public static double EpsilonForRho(double rho) => Math.Sqrt(8 * rho);

    /// <summary>Samples an index of <paramref name="scores"/>.</summary>
    public static int Select(ReadOnlySpan<double> scores, double epsilon, double sensitivity, IDpRandom random)
    {
        if (scores.IsEmpty)
        {
            throw new ArgumentException("at least one candidate is needed", nameof(scores));
        }

        var max = double.NegativeInfinity;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }

        var weights = new double[scores.Length];
        double total = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            weights[i] = Math.Exp(epsilon * (scores[i] - max) / (2 * sensitivity));
            total += weights[i];
        }

        var u = random.NextDouble() * total;
        double cumulative = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            cumulative += weights[i];
            if (u < cumulative)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
