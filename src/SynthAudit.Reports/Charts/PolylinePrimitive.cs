using System.Collections.Immutable;

namespace SynthAudit.Reports.Charts;

/// <summary>An open polyline through points given as x0, y0, x1, y1, ...</summary>
/// <param name="Points">Interleaved coordinates.</param>
/// <param name="Color">Stroke colour.</param>
/// <param name="Width">Stroke width.</param>
/// <param name="Dashed">Whether the line is dashed.</param>
public sealed record PolylinePrimitive(ImmutableArray<double> Points, ChartColor Color, double Width, bool Dashed = false) : ChartPrimitive;
