using System.Collections.Immutable;
using SynthAudit.Core.Data;
using SynthAudit.Core.Provenance;
using SynthAudit.Generation.Domain;

namespace SynthAudit.Generation;

/// <summary>A generated table and its privacy card.</summary>
/// <param name="Synthetic">The synthetic rows (domain columns, in domain order, with the input's types).</param>
/// <param name="Guarantee">The privacy card (dp.json).</param>
/// <param name="Domain">The domain used.</param>
/// <param name="OwnerWarnings">Private notes for the data owner only (e.g. counts of clipped values): print them, never
/// publish them.</param>
public sealed record GenerationResult(Table Synthetic, DpGuarantee Guarantee, DomainSpec Domain, ImmutableArray<string> OwnerWarnings);
