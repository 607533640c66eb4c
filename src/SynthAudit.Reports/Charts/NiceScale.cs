using System.Globalization;

namespace SynthAudit.Reports.Charts;

/// <summary>An axis range with "nice" tick marks at 1, 2 or 5 times a power of ten.</summary>
/// <param name="Min">The axis minimum (a tick).</param>
/// <param name="Max">The axis maximum (a tick).</param>
/// <param name="Step">The tick step.</param>
public readonly record struct NiceScale(double Min, double Max, double Step)
{
    /// <summary>Builds a scale covering [<paramref name="low"/>, <paramref name="high"/>] with about <paramref name="targetTicks"/> ticks.</summary>
    /// <remarks>The raw step (range / (ticks − 1)) is rounded to the nearest of 1, 2, 5 × 10^k (Heckbert, "Nice numbers for
    /// graph labels", Graphics Gems 1990); the ends snap outwards to multiples of the step. A degenerate range is widened.</remarks>
    public static NiceScale For(double low, double high, int targetTicks = 5)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
        {
            return new NiceScale(0, 1, 0.2);
        }

        if (high < low)
        {
            (low, high) = (high, low);
        }

        if (high - low < 1e-12)
        {
            var pad = Math.Abs(low) > 1e-12 ? Math.Abs(low) * 0.1 : 0.5;
            low -= pad;
            high += pad;
        }

        var raw = (high - low) / Math.Max(1, targetTicks - 1);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        var nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        var step = nice * magnitude;
        var min = Math.Floor(low / step + 1e-9) * step;
        var max = Math.Ceiling(high / step - 1e-9) * step;
        return new NiceScale(min, max, step);
    }

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IReadOnlyList<double> Ticks()
    {
        var count = (int)Math.Round((Max - Min) / Step);
        var ticks = new double[count + 1];
        for (var i = 0; i <= count; i++)
        {
            var t = Min + i * Step;
            ticks[i] = Math.Abs(t) < Step * 1e-9 ? 0 : t;
        }

        return ticks;
    }

    /// <summary>Formats a tick with as many decimals as the step needs (invariant culture).</summary>
    public string Format(double value)
    {
        var decimals = Math.Max(0, (int)-Math.Floor(Math.Log10(Step) + 1e-9));
        if (Math.Abs(value) >= 1e6 || (Math.Abs(value) > 0 && Math.Abs(value) < 1e-4))
        {
            return value.ToString("0.##E+0", CultureInfo.InvariantCulture);
        }

        // Thousands separators from 10,000 up, as the report tables write counts.
        return decimals == 0 && Math.Abs(value) >= 10000
            ? value.ToString("N0", CultureInfo.InvariantCulture)
            : value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>Maps a value to a fraction of the axis, 0 at <see cref="Min"/> and 1 at <see cref="Max"/>.</summary>
    public double Fraction(double value) => (value - Min) / (Max - Min);
}
