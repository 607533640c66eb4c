using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Reports.Building;

/// <summary>Defence in depth against small cells: breakdown rows that declare fewer than 10 real rows are pooled as "(other)".</summary>
/// <remarks>Metric engineers pool their figure data already; a breakdown row whose key is a category may still carry a
/// count in its note (<c>n=7</c>, <c>7 rows</c>, <c>n_real=7</c>). Such rows are merged into one "(other)" row without a
/// value, so no report shows a statistic of fewer than <see cref="MinimumCount"/> real people.</remarks>
public static partial class SmallCells
{
    /// <summary>The smallest number of real rows a shown category may have.</summary>
    public const int MinimumCount = 10;

    /// <summary>The label of pooled categories.</summary>
    public const string OtherLabel = "(other)";

    /// <summary>Pools the breakdown rows that declare fewer than <see cref="MinimumCount"/> real rows.</summary>
    public static ImmutableArray<BreakdownEntry> Pool(ImmutableArray<BreakdownEntry> entries)
    {
        if (entries.IsDefaultOrEmpty)
        {
            return ImmutableArray<BreakdownEntry>.Empty;
        }

        var kept = new List<BreakdownEntry>(entries.Length);
        var pooled = 0;
        foreach (var e in entries)
        {
            if (DeclaredCount(e.Note) is { } n && n < MinimumCount)
            {
                pooled++;
                continue;
            }

            kept.Add(e);
        }

        if (pooled > 0)
        {
            kept.Add(new BreakdownEntry(OtherLabel, null, Note: string.Create(CultureInfo.InvariantCulture,
                $"pooled: {pooled} {(pooled == 1 ? "group" : "groups")} with fewer than {MinimumCount} real rows (insufficient data)")));
        }

        return [.. kept];
    }

    /// <summary>The real-row count a note declares (<c>n=7</c>, <c>n_real = 7</c>, <c>7 rows</c>, <c>7 real rows</c>), or null.</summary>
    public static int? DeclaredCount(string? note)
    {
        if (string.IsNullOrEmpty(note))
        {
            return null;
        }

        var m = CountPattern().Match(note);
        if (!m.Success)
        {
            return null;
        }

        var digits = (m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value).Replace(",", string.Empty, StringComparison.Ordinal);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    [GeneratedRegex(@"\bn(?:_?real)?\s*=\s*(?<a>\d{1,3}(?:,\d{3})+|\d+)\b|\b(?<b>\d{1,3}(?:,\d{3})+|\d+)\s+(?:real\s+)?rows?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountPattern();
}
