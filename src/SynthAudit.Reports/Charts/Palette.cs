namespace SynthAudit.Reports.Charts;

/// <summary>The Okabe-Ito colour-blind-safe palette and the neutral colours of the charts.</summary>
/// <remarks>Okabe and Ito (2008), "Color Universal Design": eight colours distinguishable under the common forms of
/// colour-vision deficiency. Series use blue, orange, green, vermillion, purple, sky blue, yellow, black in that order, so
/// the first two (usually real and synthetic) differ in hue and lightness.</remarks>
public static class Palette
{
    private static readonly ChartColor[] s_series =
    [
        ChartColor.FromHex("#0072B2"), ChartColor.FromHex("#E69F00"), ChartColor.FromHex("#009E73"), ChartColor.FromHex("#D55E00"),
        ChartColor.FromHex("#CC79A7"), ChartColor.FromHex("#56B4E9"), ChartColor.FromHex("#F0E442"), ChartColor.FromHex("#000000"),
    ];

    /// <summary>Axis and text colour.</summary>
    public static ChartColor Ink { get; } = ChartColor.FromHex("#222222");

    /// <summary>Secondary text colour.</summary>
    public static ChartColor Muted { get; } = ChartColor.FromHex("#666666");

    /// <summary>Grid line colour.</summary>
    public static ChartColor Grid { get; } = ChartColor.FromHex("#E3E3E3");

    /// <summary>White.</summary>
    public static ChartColor White { get; } = ChartColor.FromHex("#FFFFFF");

    /// <summary>Heatmap colour for the largest value (Okabe-Ito vermillion).</summary>
    public static ChartColor HeatHigh { get; } = ChartColor.FromHex("#D55E00");

    /// <summary>Heatmap colour for the most negative value of a diverging scale (Okabe-Ito blue).</summary>
    public static ChartColor HeatLow { get; } = ChartColor.FromHex("#0072B2");

    /// <summary>The colour of series <paramref name="index"/> (cycles after eight).</summary>
    public static ChartColor Series(int index) => s_series[((index % s_series.Length) + s_series.Length) % s_series.Length];
}
