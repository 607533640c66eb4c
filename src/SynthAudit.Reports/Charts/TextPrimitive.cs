namespace SynthAudit.Reports.Charts;

/// <summary>A single line of text anchored on its baseline.</summary>
/// <param name="X">Anchor x.</param>
/// <param name="Y">Baseline y.</param>
/// <param name="Text">The text (drawn as is: backends escape it).</param>
/// <param name="Size">Font size in points.</param>
/// <param name="Color">Text colour.</param>
/// <param name="Anchor">Horizontal anchoring.</param>
/// <param name="Bold">Whether bold.</param>
/// <param name="Rotation">Rotation in degrees about the anchor (−90 = reads upwards).</param>
public sealed record TextPrimitive(double X, double Y, string Text, double Size, ChartColor Color, TextAnchor Anchor = TextAnchor.Start,
    bool Bold = false, double Rotation = 0) : ChartPrimitive;
