namespace SynthAudit.Core.Results.Attack;

/// <summary>The pooled score of one feature family (or of all features together).</summary>
/// <param name="Family">The family id: <c>distance</c>, <c>marginal</c>, <c>density</c>, <c>all</c>, <c>all-per-target</c>.</param>
/// <param name="Description">What the family measures, in one sentence.</param>
/// <param name="Score">The pooled score on the scored runs.</param>
public sealed record AttackFamilyScore(string Family, string Description, AttackScore Score);
