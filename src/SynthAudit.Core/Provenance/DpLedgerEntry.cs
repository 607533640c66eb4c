namespace SynthAudit.Core.Provenance;

/// <summary>One charge against the privacy budget.</summary>
/// <param name="Purpose">What the budget bought, e.g. <c>1-way marginals</c> or <c>tree selection</c>.</param>
/// <param name="Mechanism">gaussian or exponential.</param>
/// <param name="Rho">The zCDP cost.</param>
/// <param name="Detail">Noise scale or EM epsilon and sensitivity, in words.</param>
public sealed record DpLedgerEntry(string Purpose, string Mechanism, double Rho, string Detail);
