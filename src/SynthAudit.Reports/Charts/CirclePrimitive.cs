namespace SynthAudit.Reports.Charts;

/// <summary>A filled circle (scatter marker) with an outline.</summary>
/// <param name="X">Centre x.</param>
/// <param name="Y">Centre y.</param>
/// <param name="Radius">Radius.</param>
/// <param name="Fill">Fill colour.</param>
/// <param name="Stroke">Outline colour.</param>
public sealed record CirclePrimitive(double X, double Y, double Radius, ChartColor Fill, ChartColor Stroke) : ChartPrimitive;
