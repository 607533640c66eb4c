using SynthAudit.Core.Metrics;
using SynthAudit.Reports.Document;
using SynthAudit.Reports.Text;

namespace SynthAudit.Reports.Building;

/// <summary>Separates the facts of a breakdown (sizes, counts, iterations, settings) from its metrics, so a count is never
/// sorted among rates or compared as if it were a score.</summary>
public static class BreakdownFacts
{
    /// <summary>Whether <paramref name="entry"/> states a fact rather than a measurement: a whole number of at least 2 with
    /// neither interval nor baseline (a size, a count, an iteration number), or an entry with only a note (e.g. the
    /// positive class).</summary>
    public static bool IsFact(BreakdownEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Ci is not null || entry.Baseline is not null)
        {
            return false;
        }

        if (entry.Value is not { } v)
        {
            return entry.Note is not null && !string.Equals(entry.Key, SmallCells.OtherLabel, StringComparison.Ordinal);
        }

        return double.IsFinite(v) && Math.Abs(v) >= 2 && Math.Abs(v) < 1e15 && v == Math.Floor(v);
    }

    /// <summary>The facts as one note line of their own, in their original order, e.g. <c>Sizes and settings (facts, not
    /// metrics): k 3; marginals 200 (200 of 455 combinations)</c>.</summary>
    public static ParagraphBlock Line(IReadOnlyList<BreakdownEntry> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var parts = facts.Select(f =>
        {
            var text = f.Key + (f.Value is null ? string.Empty : " " + ReportFormat.BreakdownValue(f));
            return f.Note is null ? text : text + (f.Value is null ? ": " : " (") + f.Note + (f.Value is null ? string.Empty : ")");
        });
        return new ParagraphBlock("Sizes and settings (facts, not metrics): " + string.Join("; ", parts) + ".", ParagraphStyle.Note);
    }
}
