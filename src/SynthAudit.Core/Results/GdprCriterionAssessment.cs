using SynthAudit.Core.Metrics;

namespace SynthAudit.Core.Results;

/// <summary>The level of one GDPR anonymisation criterion (Article 29 WP Opinion 05/2014) and the rule that set it.</summary>
/// <param name="Criterion">singling_out, linkability or inference.</param>
/// <param name="Level">low, medium, high, or not evaluated.</param>
/// <param name="MetricId">The metric the level rests on.</param>
/// <param name="Risk">The risk estimate, if evaluated.</param>
/// <param name="Ci">Its interval.</param>
/// <param name="Rule">The rule used, in words.</param>
public sealed record GdprCriterionAssessment(string Criterion, string Level, string MetricId, double? Risk, ConfidenceInterval? Ci, string Rule);
