namespace SynthAudit.Reports.Charts;

/// <summary>A straight line segment.</summary>
/// <param name="X1">Start x.</param>
/// <param name="Y1">Start y.</param>
/// <param name="X2">End x.</param>
/// <param name="Y2">End y.</param>
/// <param name="Color">Stroke colour.</param>
/// <param name="Width">Stroke width.</param>
/// <param name="Dashed">Whether the line is dashed.</param>
public sealed record LinePrimitive(double X1, double Y1, double X2, double Y2, ChartColor Color, double Width, bool Dashed = false) : ChartPrimitive;
