using System.Collections.Immutable;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Core.Results;

/// <summary>One synthetic set of a comparison: its audit and its rank per family.</summary>
/// <param name="Name">The name given on the command line.</param>
/// <param name="Audit">Its full audit.</param>
/// <param name="FamilyRanks">Rank per family (1 = best), from the mean rank of the family's headline metrics.</param>
public sealed record ComparedGenerator(string Name, AuditResult Audit, ImmutableArray<KeyValuePair<MetricFamily, int>> FamilyRanks);
