using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Reports.Document;

namespace SynthAudit.Reports.Text;

/// <summary>Number, interval and label formatting shared by every report (always the invariant culture).</summary>
public static class ReportFormat
{
    /// <summary>The placeholder for a missing number.</summary>
    public const string Missing = "—";

    /// <summary>A value with three decimals (or fewer for large values), or a dash.</summary>
    public static string Value(double? value)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return Missing;
        }

        if (Math.Abs(v) >= 1000)
        {
            return v.ToString("N0", CultureInfo.InvariantCulture);
        }

        if (Math.Abs(v) >= 100)
        {
            return v.ToString("0.0", CultureInfo.InvariantCulture);
        }

        if (v != 0 && Math.Abs(v) < 0.001)
        {
            return Math.Abs(v) >= 1e-6 ? v.ToString("0.0######", CultureInfo.InvariantCulture) : v.ToString("0.0E+0", CultureInfo.InvariantCulture);
        }

        return v.ToString("0.000", CultureInfo.InvariantCulture);
    }

    /// <summary>A breakdown value: a count (a whole number of at least 2 without interval or baseline, e.g. <c>k</c>, rows,
    /// parameters) without decimals, so <c>3</c> never reads as <c>3.000</c>; anything else as <see cref="Value(double?)"/>.</summary>
    public static string BreakdownValue(BreakdownEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry is { Value: { } v, Ci: null, Baseline: null } && Math.Abs(v) >= 2 && Math.Abs(v) < 1e15 && v == Math.Floor(v)
            ? Count((long)v)
            : Value(entry.Value, entry.Ci);
    }

    /// <summary>An interval as <c>[low, high]</c> with <see cref="IntervalDecimals"/> decimals for both ends, or a dash.</summary>
    /// <remarks>One rule for every interval in every report: <c>[0.000, 0.0006759]</c> becomes <c>[0.00000, 0.00068]</c> and
    /// <c>[3.3E-8, 0.002]</c> becomes <c>[0.0000, 0.0020]</c>; no exponent notation and no mixed precision.</remarks>
    public static string Interval(ConfidenceInterval? ci) =>
        ci is { } c ? Interval(c.Low, c.High) : Missing;

    /// <summary>An interval as <c>[low, high]</c>, both ends with <see cref="IntervalDecimals"/> decimals.</summary>
    public static string Interval(double low, double high)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
        {
            return "[" + Value(low) + ", " + Value(high) + "]";
        }

        var decimals = IntervalDecimals(low, high);
        return "[" + Fixed(low, decimals) + ", " + Fixed(high, decimals) + "]";
    }

    /// <summary>A point estimate set with the decimals of its interval, so value and interval read alike; without an
    /// interval, <see cref="Value(double?)"/>.</summary>
    public static string Value(double? value, ConfidenceInterval? ci)
    {
        if (value is not { } v || !double.IsFinite(v) || ci is not { } c || !double.IsFinite(c.Low) || !double.IsFinite(c.High))
        {
            return Value(value);
        }

        return Fixed(v, IntervalDecimals(c.Low, c.High));
    }

    /// <summary>A point estimate followed by its interval, both at the interval's decimals: <c>0.0005 [0.0000, 0.0027]</c>.</summary>
    public static string WithInterval(double? value, ConfidenceInterval? ci) => Value(value, ci) + " " + Interval(ci);

    /// <summary>The decimals an interval is shown with: enough for two significant digits of its width, at least three
    /// when both ends are below 10 in magnitude (so rates read alike), at most six.</summary>
    /// <remarks>A zero-width interval gets three decimals below 10, one below 1,000 and none above.</remarks>
    public static int IntervalDecimals(double low, double high)
    {
        var magnitude = Math.Max(Math.Abs(low), Math.Abs(high));
        var minimum = magnitude < 10 ? 3 : 0;
        var width = Math.Abs(high - low);
        if (!(width > 0) || !double.IsFinite(width))
        {
            return magnitude < 10 ? 3 : magnitude < 1000 ? 1 : 0;
        }

        var forWidth = 1 - (int)Math.Floor(Math.Log10(width) + 1e-9);
        return Math.Clamp(Math.Max(forWidth, minimum), 0, 6);
    }

    /// <summary>An interval with both ends at <paramref name="decimals"/> decimals (a table that shares one precision).</summary>
    public static string Interval(ConfidenceInterval? ci, int decimals) =>
        ci is { } c && double.IsFinite(c.Low) && double.IsFinite(c.High) ? "[" + Fixed(c.Low, decimals) + ", " + Fixed(c.High, decimals) + "]" : Interval(ci);

    /// <summary>A value at <paramref name="decimals"/> decimals, or a dash.</summary>
    public static string Fixed(double? value, int decimals) =>
        value is { } v && double.IsFinite(v) ? Fixed(v, decimals) : Missing;

    private static string Fixed(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0; // no "-0.000"
        }

        return decimals == 0 && Math.Abs(rounded) >= 1000
            ? rounded.ToString("N0", CultureInfo.InvariantCulture)
            : rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A confidence level as a percentage, e.g. <c>95%</c>.</summary>
    public static string Level(ConfidenceInterval? ci) =>
        ci is { } c ? (c.Level * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : string.Empty;

    /// <summary>An integer with thousands separators.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A timestamp as <c>yyyy-MM-dd HH:mm:ss UTC</c>.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    public static string Date(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The display name of a family.</summary>
    public static string Family(MetricFamily family) => family switch
    {
        MetricFamily.Fidelity => "Fidelity",
        MetricFamily.Utility => "Utility",
        MetricFamily.Fairness => "Bias and fairness",
        _ => "Privacy",
    };

    /// <summary>The range of a metric in words, e.g. <c>[0, 1], higher is better</c>.</summary>
    public static string Range(MetricDescriptor metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        static string Bound(double b) => double.IsNegativeInfinity(b) ? "−∞" : double.IsPositiveInfinity(b) ? "∞" : b.ToString("0.###", CultureInfo.InvariantCulture);
        return "[" + Bound(metric.Range.Min) + ", " + Bound(metric.Range.Max) + "], "
            + (metric.Direction == Direction.HigherIsBetter ? "higher is better" : "lower is better");
    }

    /// <summary>The tone of a family verdict or a GDPR level.</summary>
    public static CellTone Tone(string? verdictOrLevel) => verdictOrLevel?.Trim().ToLowerInvariant() switch
    {
        "good" or "low" => CellTone.Good,
        "fair" or "medium" => CellTone.Fair,
        "poor" or "high" => CellTone.Poor,
        _ => CellTone.Muted,
    };

    /// <summary>The status of a metric in words: <c>ok</c> or <c>skipped: reason</c>.</summary>
    public static string Status(MetricResult metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Status == MetricStatus.Ok ? "ok" : "skipped: " + (metric.Reason ?? "no reason given");
    }

    /// <summary>Makes a criterion id readable: <c>singling_out</c> → <c>Singling out</c>.</summary>
    public static string Words(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var s = id.Replace('_', ' ');
        return s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    }
}
