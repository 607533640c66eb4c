namespace SynthAudit.Reports.Charts;

/// <summary>An axis-aligned rectangle with an optional fill and stroke.</summary>
/// <param name="X">Left.</param>
/// <param name="Y">Top.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
/// <param name="Fill">Fill colour, or null for none.</param>
/// <param name="Stroke">Stroke colour, or null for none.</param>
/// <param name="StrokeWidth">Stroke width.</param>
public sealed record RectPrimitive(double X, double Y, double Width, double Height, ChartColor? Fill, ChartColor? Stroke = null, double StrokeWidth = 0.5) : ChartPrimitive;
