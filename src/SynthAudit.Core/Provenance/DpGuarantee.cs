using System.Collections.Immutable;

namespace SynthAudit.Core.Provenance;

/// <summary>The privacy card of a generated dataset: the content of <c>SYNTH.csv.dp.json</c> (contract).</summary>
/// <param name="Mechanism">mst or aim.</param>
/// <param name="Epsilon">The (ε, δ)-DP epsilon claimed.</param>
/// <param name="Delta">The δ claimed.</param>
/// <param name="Rho">The total zCDP budget spent.</param>
/// <param name="Measurements">The noisy marginals measured, with their noise scale.</param>
/// <param name="DomainSha256">The SHA-256 of the domain file used (or of the learned domain).</param>
/// <param name="DomainSource">public (a domain file) or learned (with budget).</param>
/// <param name="Ledger">Every charge against the budget.</param>
public sealed record DpGuarantee(string Mechanism, double Epsilon, double Delta, double Rho,
    ImmutableArray<DpMeasurement> Measurements, string DomainSha256, string DomainSource, ImmutableArray<DpLedgerEntry> Ledger)
{
    /// <summary>The conversion from ρ to (ε, δ).</summary>
    public string Conversion { get; init; } = "CKS 2020 optimal zCDP to (epsilon, delta) conversion";

    /// <summary>The δ spent on category discovery by partition selection (0 with a public domain), added by basic composition.</summary>
    public double PartitionSelectionDelta { get; init; }

    /// <summary>The estimator and sampler settings, in words (post-processing; they do not affect the guarantee).</summary>
    public string Estimator { get; init; } = string.Empty;

    /// <summary>The neighbouring relation.</summary>
    public string Neighbouring { get; init; } = "add/remove one row";

    /// <summary>The unit of privacy.</summary>
    public string Unit { get; init; } = "one row";

    /// <summary>The seed, when the run was seeded (then it is NOT private; for testing only).</summary>
    public long? Seed { get; init; }

    /// <summary>The randomness source in words.</summary>
    public string Randomness => Seed is null ? "OS CSPRNG" : "seeded: NOT PRIVATE, for testing only";

    /// <summary>The number of synthetic rows written (a noisy estimate of N, or a user-given count); with
    /// <see cref="DataSha256"/> it binds the card to its file.</summary>
    public long Rows { get; init; }

    /// <summary>The SHA-256 (lower-case hex) of the synthetic CSV exactly as <c>generate</c> wrote it: the guarantee applies to
    /// that file only, and <c>audit</c> reports it only when the file still has this hash.</summary>
    public string DataSha256 { get; init; } = string.Empty;

    /// <summary>The tool version that generated the data.</summary>
    public string ToolVersion { get; init; } = string.Empty;

    /// <summary>Warnings of the generator (clipped values, seeded run, ...).</summary>
    public ImmutableArray<string> Warnings { get; init; } = ImmutableArray<string>.Empty;
}
