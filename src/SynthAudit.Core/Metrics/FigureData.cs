using System.Collections.Immutable;

namespace SynthAudit.Core.Metrics;

/// <summary>The aggregate data behind one chart of a report, attached to the metric that produced it.</summary>
/// <param name="Id">A stable id, e.g. <c>fidelity.distribution.age</c>.</param>
/// <param name="Title">The chart title.</param>
/// <param name="Kind">How the chart is drawn.</param>
/// <param name="XLabel">The x-axis label.</param>
/// <param name="YLabel">The y-axis label.</param>
/// <param name="Categories">Category labels for bars and heatmaps (already pooled: no category with fewer than 10 real rows).</param>
/// <param name="Series">The series.</param>
public sealed record FigureData(string Id, string Title, FigureKind Kind, string XLabel, string YLabel,
    ImmutableArray<string> Categories, ImmutableArray<FigureSeries> Series);
