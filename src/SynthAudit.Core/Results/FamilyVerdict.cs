using SynthAudit.Core.Metrics;

namespace SynthAudit.Core.Results;

/// <summary>The summary verdict of one metric family, with its headline number and a plain-language sentence.</summary>
/// <param name="Family">The family.</param>
/// <param name="Verdict">good, fair, poor, or not evaluated.</param>
/// <param name="HeadlineMetricId">The metric the verdict rests on.</param>
/// <param name="Value">The headline value, if evaluated.</param>
/// <param name="Ci">Its interval.</param>
/// <param name="Sentence">One plain-language sentence for the reader.</param>
public sealed record FamilyVerdict(MetricFamily Family, string Verdict, string HeadlineMetricId, double? Value, ConfidenceInterval? Ci, string Sentence);
