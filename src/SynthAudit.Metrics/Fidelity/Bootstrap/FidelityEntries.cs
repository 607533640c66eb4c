using System.Globalization;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>Builds breakdown rows and headline results from a <see cref="FidelityAnalysis"/>.</summary>
internal static class FidelityEntries
{
    /// <summary>A breakdown row for one statistic: point value, bootstrap interval and holdout baseline.</summary>
    public static BreakdownEntry Entry(FidelityAnalysis analysis, string key, Func<FidelityStatistics, double> statistic, string? undefinedNote = null)
    {
        var value = statistic(analysis.Point);
        var baseline = analysis.Baseline is { } b ? statistic(b) : double.NaN;
        if (!double.IsFinite(value))
        {
            return new BreakdownEntry(key, null, null, double.IsFinite(baseline) ? baseline : null, undefinedNote ?? "undefined");
        }

        return new BreakdownEntry(key, value, analysis.Interval(statistic, value), double.IsFinite(baseline) ? baseline : null);
    }

    /// <summary>The headline result of an aggregate statistic, or a skip when it is undefined.</summary>
    public static MetricResult Headline(MetricDescriptor descriptor, FidelityAnalysis analysis, Func<FidelityStatistics, double> aggregate,
        IEnumerable<BreakdownEntry> breakdown, string undefinedReason, IEnumerable<string>? warnings = null)
    {
        var value = aggregate(analysis.Point);
        var rows = breakdown.ToList();
        if (!double.IsFinite(value))
        {
            return MetricResult.Skipped(descriptor, undefinedReason, rows) with { Warnings = [.. warnings ?? []] };
        }

        var ci = analysis.Interval(aggregate, value);
        var baseline = analysis.Baseline is { } b ? aggregate(b) : double.NaN;
        var list = (warnings ?? []).ToList();
        if (ci is null && !analysis.Replicates.IsEmpty)
        {
            list.Add("more than 5 % of bootstrap replicates were undefined; no interval reported");
        }

        return MetricResult.Ok(descriptor, value, ci, double.IsFinite(baseline) ? baseline : null, rows) with
        {
            CiMethod = ci is null ? "none" : analysis.CiMethod,
            Warnings = [.. list],
        };
    }

    /// <summary>Warnings about tiny tables that make every fidelity interval wide.</summary>
    public static IReadOnlyList<string> SizeWarnings(FidelityAnalysis analysis)
    {
        var list = new List<string>();
        var s = analysis.Encoding.RowCounts[Encoding.Sides.Synthetic];
        if (s < 30)
        {
            list.Add(string.Create(CultureInfo.InvariantCulture, $"the synthetic table has only {s} rows; fidelity estimates are very noisy"));
        }

        return list;
    }

    /// <summary>Formats a number for notes.</summary>
    public static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
