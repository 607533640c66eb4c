namespace SynthAudit.Core.Results.Attack;

/// <summary>The ε lower bound that the attack's in/out guesses imply.</summary>
/// <param name="LowerBound">The largest ε rejected at <see cref="Confidence"/> (0 = nothing shown).</param>
/// <param name="Delta">The δ of the null hypothesis (the generator's, or 1e-5 when it has none).</param>
/// <param name="Confidence">The nominal confidence (0.95); each of <see cref="Tests"/> tests ran at 1 − (1 − Confidence)/Tests.</param>
/// <param name="Tests">The (family, guess-fraction) pairs tried (Bonferroni correction).</param>
/// <param name="Family">The feature family that gave the bound.</param>
/// <param name="GuessFraction">The share of scored pairs on which the auditor guessed (the rest abstained).</param>
/// <param name="Canaries">The (run, target) pairs scored: the m of the bound.</param>
/// <param name="Guesses">Guesses made (r).</param>
/// <param name="Correct">Right guesses (v).</param>
/// <param name="Method">The method, named.</param>
public sealed record EmpiricalEpsilonResult(double LowerBound, double Delta, double Confidence, int Tests, string Family, double GuessFraction,
    int Canaries, int Guesses, int Correct, string Method)
{
    /// <summary>The ε the generator claims (DP generators only).</summary>
    public double? ClaimedEpsilon { get; init; }

    /// <summary>Whether the bound is consistent with the claim (null without a claim); false is a bug in the generator or its accounting.</summary>
    public bool? ConsistentWithClaim => ClaimedEpsilon is { } claim ? LowerBound <= claim + 1e-9 : null;
}
