using System.Collections.Immutable;

namespace SynthAudit.Core.Metrics;

/// <summary>One series of a figure: aggregate numbers only, never a real record.</summary>
/// <param name="Name">The legend label, e.g. <c>real</c> or <c>synthetic</c>.</param>
/// <param name="X">X coordinates (bin edges, curve points), or empty for bar charts over categories.</param>
/// <param name="Y">Y values, one per category or point.</param>
public sealed record FigureSeries(string Name, ImmutableArray<double> X, ImmutableArray<double> Y);
