using System.Globalization;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Fairness;

/// <summary>Invariant formatting of numbers in breakdown notes and warnings.</summary>
internal static class FairnessText
{
    /// <summary>A number with four significant decimals, or <c>n/a</c>.</summary>
    public static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("0.####", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>An integer.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An interval as <c>[low, high]</c>, or <c>no CI</c>.</summary>
    public static string Interval(ConfidenceInterval? ci) =>
        ci is { } c ? "[" + Number(c.Low) + ", " + Number(c.High) + "]" : "no CI";

    /// <summary>A figure-id-safe form of a grouping name.</summary>
    public static string Id(string name) => name.Replace(' ', '_');

    /// <summary>The bootstrap method label.</summary>
    public static string Bootstrap(int resamples, string kind) =>
        "bootstrap-percentile (" + resamples.ToString(CultureInfo.InvariantCulture) + ", " + kind + ")";
}
