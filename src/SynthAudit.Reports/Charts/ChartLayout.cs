using System.Collections.Immutable;

namespace SynthAudit.Reports.Charts;

/// <summary>A chart laid out once into drawing primitives; every backend draws exactly these.</summary>
/// <param name="Width">Width in chart units (points).</param>
/// <param name="Height">Height in chart units (points).</param>
/// <param name="Title">The chart title (also drawn as a primitive; kept for accessibility text).</param>
/// <param name="Primitives">What to draw, in painter's order.</param>
public sealed record ChartLayout(double Width, double Height, string Title, ImmutableArray<ChartPrimitive> Primitives);
