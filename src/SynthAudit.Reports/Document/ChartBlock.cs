using SynthAudit.Reports.Charts;

namespace SynthAudit.Reports.Document;

/// <summary>A chart, laid out once and drawn by every backend.</summary>
/// <param name="Chart">The laid-out chart.</param>
/// <param name="Caption">An optional caption shown below.</param>
public sealed record ChartBlock(ChartLayout Chart, string? Caption = null) : ReportBlock;
