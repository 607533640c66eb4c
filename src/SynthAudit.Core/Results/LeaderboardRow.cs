using System.Collections.Immutable;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Core.Results;

/// <summary>One headline metric across all compared generators.</summary>
/// <param name="Metric">The metric's descriptor.</param>
/// <param name="Cells">One cell per generator, in the order the generators were given.</param>
public sealed record LeaderboardRow(MetricDescriptor Metric, ImmutableArray<LeaderboardCell> Cells);
