using System.Collections.Immutable;

namespace SynthAudit.Core.Results;

/// <summary>The summary block of audit.json: family verdicts, the three GDPR criteria, and the membership verdict.</summary>
/// <param name="Families">One verdict per family.</param>
/// <param name="Gdpr">Singling out, linkability and inference, in that order.</param>
/// <param name="Membership">The membership-inference verdict in words, or null when not evaluated.</param>
public sealed record AuditSummary(ImmutableArray<FamilyVerdict> Families, ImmutableArray<GdprCriterionAssessment> Gdpr, string? Membership);
