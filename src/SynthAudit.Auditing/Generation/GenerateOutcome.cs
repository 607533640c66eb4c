using SynthAudit.Core.Provenance;

namespace SynthAudit.Auditing.Generation;

/// <summary>What one generate run produced: the privacy card and a one-line summary of the files written.</summary>
/// <param name="Guarantee">The dp.json card written next to the synthetic file.</param>
/// <param name="Summary">One line naming rows, method, budget and the two files.</param>
internal sealed record GenerateOutcome(DpGuarantee Guarantee, string Summary);
