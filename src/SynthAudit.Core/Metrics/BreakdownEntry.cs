namespace SynthAudit.Core.Metrics;

/// <summary>One row of a metric's breakdown: a column, a pair, a group or a component, with its value.</summary>
/// <param name="Key">What the row is about, e.g. a column name, <c>age|sex</c>, or <c>baseline</c>.</param>
/// <param name="Value">The value, or null when it is undefined for this key (the note says why).</param>
/// <param name="Ci">An interval for the value, if one was computed.</param>
/// <param name="Baseline">The reference value for this key, if any.</param>
/// <param name="Note">A short remark (e.g. <c>skipped: constant column</c>, <c>pooled: fewer than 30 rows</c>).</param>
public sealed record BreakdownEntry(string Key, double? Value, ConfidenceInterval? Ci = null, double? Baseline = null, string? Note = null);
