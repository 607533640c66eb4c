namespace SynthAudit.Reports.Charts;

/// <summary>One backend-neutral drawing instruction in chart units (points, y downwards).</summary>
public abstract record ChartPrimitive;
