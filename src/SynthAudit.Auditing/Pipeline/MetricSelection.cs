using SynthAudit.Core.Errors;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Auditing.Pipeline;

/// <summary>Picks the metrics an audit runs from the registry by id.</summary>
internal static class MetricSelection
{
    /// <summary>The metrics of <paramref name="all"/> whose ids are in <paramref name="ids"/> (registry order), or all of
    /// them when <paramref name="ids"/> is null.</summary>
    /// <exception cref="ConfigException">An id names no metric.</exception>
    public static IReadOnlyList<IMetric> Select(IReadOnlyList<IMetric> all, IReadOnlyList<string>? ids)
    {
        if (ids is null)
        {
            return all;
        }

        var known = all.Select(m => m.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!known.Contains(id))
            {
                throw new ConfigException(null, "metrics", "unknown metric id '" + id + "' (known: " + string.Join(", ", known) + ")");
            }
        }

        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        return [.. all.Where(m => wanted.Contains(m.Descriptor.Id))];
    }
}
