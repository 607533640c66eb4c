namespace SynthAudit.Core.Results;

/// <summary>One generator on the privacy-versus-fidelity scatter.</summary>
/// <param name="Generator">The generator's name.</param>
/// <param name="Fidelity">Its overall fidelity score (higher is better), if evaluated.</param>
/// <param name="PrivacyRisk">Its worst privacy risk (lower is better), if evaluated.</param>
/// <param name="OnFrontier">Whether no other generator is at least as good on both axes and better on one.</param>
public sealed record TradeOffPoint(string Generator, double? Fidelity, double? PrivacyRisk, bool OnFrontier);
