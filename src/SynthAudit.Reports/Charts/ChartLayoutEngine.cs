using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Reports.Charts;

/// <summary>Lays out a <see cref="FigureData"/> once into backend-neutral primitives: bars, overlaid histograms, lines,
/// heatmaps and scatters with nice ticks, legends and the Okabe-Ito palette.</summary>
/// <remarks>Units are points with y downwards; the height follows from the data (one row per bar category, one cell per
/// heatmap entry). Non-finite numbers are skipped. Series named like <c>chance</c>, <c>random</c> or <c>baseline</c> are
/// drawn dashed; a scatter series whose name contains <c>frontier</c> is drawn as a dashed line through its points.</remarks>
public static class ChartLayoutEngine
{
    /// <summary>The most categories a bar chart or heatmap shows; the rest are counted in a note.</summary>
    public const int MaxCategories = 40;

    private const double TitleSize = 9.5;
    private const double LabelSize = 7.5;
    private const double TickSize = 7;
    private const double PlotHeight = 165;

    /// <summary>Lays out <paramref name="figure"/> at <paramref name="width"/> points wide.</summary>
    public static ChartLayout Layout(FigureData figure, double width)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var canvas = new Canvas(width);
        var series = figure.Series.IsDefault ? ImmutableArray<FigureSeries>.Empty : figure.Series;
        var top = DrawTitle(canvas, figure.Title, width);
        var hasData = series.Any(s => !s.Y.IsDefaultOrEmpty && s.Y.Any(double.IsFinite));
        double height;
        if (!hasData)
        {
            height = DrawEmpty(canvas, top, width);
        }
        else
        {
            height = figure.Kind switch
            {
                FigureKind.Bars => LayoutBars(canvas, figure, series, top, width),
                FigureKind.Heatmap => LayoutHeatmap(canvas, figure, series, top, width),
                FigureKind.Histogram when series.All(s => s.X.IsDefaultOrEmpty) => LayoutBars(canvas, figure, series, top, width),
                _ => LayoutXy(canvas, figure, series, top, width),
            };
        }

        return new ChartLayout(width, Math.Ceiling(height), figure.Title, [.. canvas.Items]);
    }

    /// <summary>Draws the title on up to two lines (a narrow small multiple wraps rather than cuts it).</summary>
    private static double DrawTitle(Canvas c, string title, double width)
    {
        var words = (title ?? string.Empty).Split(' ');
        var first = string.Empty;
        var k = 0;
        while (k < words.Length && TextMetrics.Width(first.Length == 0 ? words[k] : first + " " + words[k], TitleSize, bold: true) <= width)
        {
            first = first.Length == 0 ? words[k] : first + " " + words[k];
            k++;
        }

        if (k == words.Length || k == 0)
        {
            c.Text(0, 11, TextMetrics.Fit(title ?? string.Empty, TitleSize, width, bold: true), TitleSize, Palette.Ink, TextAnchor.Start, bold: true);
            return 18;
        }

        c.Text(0, 11, first, TitleSize, Palette.Ink, TextAnchor.Start, bold: true);
        c.Text(0, 23, TextMetrics.Fit(string.Join(' ', words.Skip(k)), TitleSize, width, bold: true), TitleSize, Palette.Ink, TextAnchor.Start, bold: true);
        return 30;
    }

    private static double DrawEmpty(Canvas c, double top, double width)
    {
        c.Items.Add(new RectPrimitive(0, top, width, 40, null, Palette.Grid, 0.8));
        c.Text(width / 2, top + 23, "no data to draw", LabelSize, Palette.Muted, TextAnchor.Middle);
        return top + 44;
    }

    private static double DrawLegend(Canvas c, IReadOnlyList<(string Name, ChartColor Color, bool Dashed, bool Line)> entries, double top, double width)
    {
        if (entries.Count == 0)
        {
            return top;
        }

        double x = 0;
        var y = top + 8;
        foreach (var (name, color, dashed, line) in entries)
        {
            var label = TextMetrics.Fit(name, LabelSize, width * 0.45);
            var itemWidth = 14 + TextMetrics.Width(label, LabelSize) + 14;
            if (x > 0 && x + itemWidth > width)
            {
                x = 0;
                y += 12;
            }

            if (line)
            {
                c.Items.Add(new LinePrimitive(x, y - 2.5, x + 10, y - 2.5, color, 1.6, dashed));
            }
            else
            {
                c.Items.Add(new RectPrimitive(x, y - 7, 10, 8, color.WithOpacity(0.55), color, 0.8));
            }

            c.Text(x + 14, y, label, LabelSize, Palette.Ink, TextAnchor.Start);
            x += itemWidth;
        }

        return y + 8;
    }

    private static bool IsReferenceSeries(string name) =>
        name.Contains("chance", StringComparison.OrdinalIgnoreCase) || name.Contains("random", StringComparison.OrdinalIgnoreCase)
        || name.Contains("baseline", StringComparison.OrdinalIgnoreCase) || name.Contains("diagonal", StringComparison.OrdinalIgnoreCase);

    private static bool IsFrontier(string name) => name.Contains("frontier", StringComparison.OrdinalIgnoreCase);

    private static double LayoutXy(Canvas c, FigureData figure, ImmutableArray<FigureSeries> series, double top, double width)
    {
        var kind = figure.Kind;
        var histogram = kind == FigureKind.Histogram;
        var legend = series.Select((s, i) => (s.Name, Palette.Series(i), kind == FigureKind.Lines && IsReferenceSeries(s.Name),
            kind == FigureKind.Lines || (kind == FigureKind.Scatter && IsFrontier(s.Name)))).ToList();
        top = DrawLegend(c, legend, top, width) + 6;

        var points = series.Select(s => Points(s, histogram)).ToList();
        var xs = points.SelectMany(p => p.Xs).Where(double.IsFinite).ToList();
        var ys = points.SelectMany(p => p.Ys).Where(double.IsFinite).ToList();
        if (xs.Count == 0)
        {
            xs.AddRange(Enumerable.Range(0, ys.Count).Select(i => (double)i));
        }

        var scatter = kind == FigureKind.Scatter;
        var (xLow, xHigh) = scatter ? Padded(xs.Min(), xs.Max()) : (xs.Min(), xs.Max());
        var xScale = NiceScale.For(xLow, xHigh, 6);
        var (yLow, yHigh) = scatter ? Padded(ys.Min(), ys.Max()) : (ys.Min(), ys.Max());
        if (histogram || (!scatter && yLow >= 0 && yLow <= 0.5 * yHigh))
        {
            yLow = Math.Min(0, yLow);
        }

        var yScale = NiceScale.For(yLow, yHigh, 5);
        var yTicks = yScale.Ticks();
        var yTickWidth = yTicks.Max(t => TextMetrics.Width(yScale.Format(t), TickSize));
        var left = 14 + yTickWidth + 5;
        var right = width - 8;
        var plotTop = top;
        var plotBottom = top + PlotHeightFor(width);
        double X(double v) => left + xScale.Fraction(v) * (right - left);
        double Y(double v) => plotBottom - yScale.Fraction(v) * (plotBottom - plotTop);

        foreach (var t in yTicks)
        {
            c.Items.Add(new LinePrimitive(left, Y(t), right, Y(t), Palette.Grid, 0.5));
            c.Text(left - 4, Y(t) + 2.5, yScale.Format(t), TickSize, Palette.Muted, TextAnchor.End);
        }

        // Labelled histogram bins (open-ended tails such as "≥ 80") get their label under the bin; tick labels that would
        // overlap one, or fall inside a tail bin, are left out.
        var reserved = new List<(double From, double To)>();
        if (histogram && BinLabels(figure, points) is { } binLabels)
        {
            var edges = points[0].Xs;
            foreach (var (bin, text) in binLabels)
            {
                var centre = (X(edges[bin]) + X(edges[bin + 1])) / 2;
                var w = TextMetrics.Width(text, TickSize);
                var cx = Math.Clamp(centre, left + w / 2, right - w / 2 + 6);
                c.Text(cx, plotBottom + 11, text, TickSize, Palette.Ink, TextAnchor.Middle);
                reserved.Add((Math.Min(cx - w / 2, X(edges[bin])) - 3, Math.Max(cx + w / 2, X(edges[bin + 1])) + 3));
            }
        }

        var xTicks = xScale.Ticks();
        var lastLabelEnd = double.NegativeInfinity;
        foreach (var t in xTicks)
        {
            var label = xScale.Format(t);
            var w = TextMetrics.Width(label, TickSize);
            var inTail = reserved.Any(r => X(t) > r.From + 3 && X(t) < r.To - 3);
            if (!inTail)
            {
                c.Items.Add(new LinePrimitive(X(t), plotBottom, X(t), plotBottom + 3, Palette.Ink, 0.6));
            }

            // The last label may not run past the chart's right edge (a "100000" cut to "10000").
            var cx = Math.Min(X(t), width - w / 2);
            if (cx - w / 2 > lastLabelEnd + 3 && !reserved.Any(r => cx + w / 2 > r.From && cx - w / 2 < r.To))
            {
                c.Text(cx, plotBottom + 11, label, TickSize, Palette.Muted, TextAnchor.Middle);
                lastLabelEnd = cx + w / 2;
            }
        }

        if (kind == FigureKind.Lines && IsRoc(figure))
        {
            c.Items.Add(new LinePrimitive(X(Math.Max(0, xScale.Min)), Y(Math.Max(0, yScale.Min)), X(Math.Min(1, xScale.Max)), Y(Math.Min(1, yScale.Max)),
                Palette.Muted, 0.8, Dashed: true));
        }

        for (var i = 0; i < series.Length; i++)
        {
            var color = Palette.Series(i);
            var (pxs, pys) = points[i];
            switch (kind)
            {
                case FigureKind.Histogram:
                    DrawHistogramSeries(c, pxs, pys, color, X, Y, yScale);
                    break;
                case FigureKind.Scatter when IsFrontier(series[i].Name):
                    var order = Enumerable.Range(0, Math.Min(pxs.Count, pys.Count)).Where(k => double.IsFinite(pxs[k]) && double.IsFinite(pys[k]))
                        .OrderBy(k => pxs[k]).ThenBy(k => pys[k]).ToList();
                    c.Items.Add(new PolylinePrimitive([.. order.SelectMany(k => new[] { X(pxs[k]), Y(pys[k]) })], color, 1.2, Dashed: true));
                    break;
                case FigureKind.Scatter:
                    for (var k = 0; k < Math.Min(pxs.Count, pys.Count); k++)
                    {
                        if (double.IsFinite(pxs[k]) && double.IsFinite(pys[k]))
                        {
                            c.Items.Add(new CirclePrimitive(X(pxs[k]), Y(pys[k]), 3.6, color.WithOpacity(0.85), Palette.White));
                        }
                    }

                    break;
                default:
                    var line = new List<double>();
                    for (var k = 0; k < Math.Min(pxs.Count, pys.Count); k++)
                    {
                        if (double.IsFinite(pxs[k]) && double.IsFinite(pys[k]))
                        {
                            line.Add(X(pxs[k]));
                            line.Add(Y(pys[k]));
                        }
                    }

                    c.Items.Add(new PolylinePrimitive([.. line], color, 1.5, IsReferenceSeries(series[i].Name)));
                    break;
            }
        }

        c.Items.Add(new LinePrimitive(left, plotTop, left, plotBottom, Palette.Ink, 0.8));
        c.Items.Add(new LinePrimitive(left, plotBottom, right, plotBottom, Palette.Ink, 0.8));
        c.Text((left + right) / 2, plotBottom + 24, TextMetrics.Fit(figure.XLabel ?? string.Empty, LabelSize, right - left), LabelSize, Palette.Ink, TextAnchor.Middle);
        c.Text(8, (plotTop + plotBottom) / 2, TextMetrics.Fit(figure.YLabel ?? string.Empty, LabelSize, plotBottom - plotTop), LabelSize, Palette.Ink, TextAnchor.Middle, rotation: -90);
        return plotBottom + 30;
    }

    /// <summary>The non-empty bin labels of a histogram whose categories name its bins (one per bin, edges as X).</summary>
    private static List<(int Bin, string Text)>? BinLabels(FigureData figure, List<(List<double> Xs, List<double> Ys)> points)
    {
        if (figure.Categories.IsDefaultOrEmpty || points.Count == 0 || points[0].Xs.Count != points[0].Ys.Count + 1
            || figure.Categories.Length != points[0].Ys.Count)
        {
            return null;
        }

        var labels = figure.Categories.Select((text, bin) => (bin, text)).Where(p => !string.IsNullOrEmpty(p.text)).ToList();
        return labels.Count == 0 ? null : labels;
    }

    /// <summary>The plot height for a chart <paramref name="width"/> wide: the full height at text width, lower for small multiples.</summary>
    private static double PlotHeightFor(double width) => Math.Clamp(width * 0.38, 85, PlotHeight);

    private static (double Low, double High) Padded(double low, double high)
    {
        var pad = Math.Max((high - low) * 0.08, Math.Max(Math.Abs(high), 1e-3) * 0.02);
        return (low >= 0 && low - pad < 0 ? 0 : low - pad, high + pad);
    }

    private static bool IsRoc(FigureData f) =>
        f.Title.Contains("ROC", StringComparison.Ordinal) || f.XLabel.Contains("false positive", StringComparison.OrdinalIgnoreCase);

    private static (List<double> Xs, List<double> Ys) Points(FigureSeries s, bool histogram)
    {
        var ys = s.Y.IsDefault ? [] : s.Y.ToList();
        var xs = s.X.IsDefault ? [] : s.X.ToList();
        if (xs.Count == 0)
        {
            xs = [.. Enumerable.Range(0, ys.Count + (histogram ? 1 : 0)).Select(i => (double)i)];
        }

        return (xs, ys);
    }

    private static void DrawHistogramSeries(Canvas c, List<double> xs, List<double> ys, ChartColor color, Func<double, double> x, Func<double, double> y, NiceScale yScale)
    {
        List<double> edges;
        int bins;
        if (xs.Count == ys.Count + 1)
        {
            edges = xs;
            bins = ys.Count;
        }
        else
        {
            // X holds bin centres (or is ragged): derive edges half-way between the centres that have a height.
            bins = Math.Min(xs.Count, ys.Count);
            edges = [];
            var half = bins > 1 ? (xs[1] - xs[0]) / 2 : 0.5;
            for (var i = 0; i <= bins && bins > 0; i++)
            {
                edges.Add(i == 0 ? xs[0] - half : i == bins ? xs[bins - 1] + half : (xs[i - 1] + xs[i]) / 2);
            }
        }

        var zero = y(Math.Max(0, yScale.Min));
        var outline = new List<double>();
        for (var i = 0; i < bins && i + 1 < edges.Count; i++)
        {
            if (!double.IsFinite(ys[i]) || !double.IsFinite(edges[i]) || !double.IsFinite(edges[i + 1]))
            {
                continue;
            }

            var x0 = x(edges[i]);
            var x1 = x(edges[i + 1]);
            var top = y(ys[i]);
            c.Items.Add(new RectPrimitive(Math.Min(x0, x1), Math.Min(top, zero), Math.Abs(x1 - x0), Math.Abs(zero - top), color.WithOpacity(0.25)));
            if (outline.Count == 0)
            {
                outline.AddRange([x0, zero]);
            }

            outline.AddRange([x0, top, x1, top]);
            if (i == bins - 1 || i + 2 >= edges.Count)
            {
                outline.AddRange([x1, zero]);
            }
        }

        c.Items.Add(new PolylinePrimitive([.. outline], color, 1.3));
    }

    private static double LayoutBars(Canvas c, FigureData figure, ImmutableArray<FigureSeries> series, double top, double width)
    {
        var categoryCount = series.Max(s => s.Y.IsDefault ? 0 : s.Y.Length);
        var labels = Enumerable.Range(0, categoryCount)
            .Select(i => !figure.Categories.IsDefault && i < figure.Categories.Length ? figure.Categories[i] : (i + 1).ToString(CultureInfo.InvariantCulture))
            .ToList();
        var shown = Math.Min(categoryCount, MaxCategories);
        if (series.Length > 1)
        {
            top = DrawLegend(c, [.. series.Select((s, i) => (s.Name, Palette.Series(i), false, false))], top, width);
        }

        top += 6;
        var values = series.SelectMany(s => (s.Y.IsDefault ? [] : s.Y).Take(shown)).Where(double.IsFinite).ToList();
        var scale = NiceScale.For(Math.Min(0, values.Min()), Math.Max(0, values.Max()), width < 300 ? 3 : 5);
        var labelWidth = Math.Min(width * 0.42, labels.Take(shown).Max(l => TextMetrics.Width(l, LabelSize)) + 2);
        var left = labelWidth + 8;
        var right = width - 34;
        var compact = width < 300;
        var barHeight = series.Length == 1 ? (compact ? 9.0 : 11.0) : Math.Max(4.5, (compact ? 12.0 : 18.0) / series.Length);
        var groupHeight = barHeight * series.Length + (compact ? 3.5 : 6);
        double X(double v) => left + scale.Fraction(v) * (right - left);
        var plotBottom = top + groupHeight * shown;
        var ticks = scale.Ticks();
        var tickLabelEnd = double.NegativeInfinity;
        foreach (var t in ticks)
        {
            c.Items.Add(new LinePrimitive(X(t), top, X(t), plotBottom, Palette.Grid, 0.5));
            var label = scale.Format(t);
            var w = TextMetrics.Width(label, TickSize);
            if (X(t) - w / 2 > tickLabelEnd + 3)
            {
                c.Text(X(t), plotBottom + 10, label, TickSize, Palette.Muted, TextAnchor.Middle);
                tickLabelEnd = X(t) + w / 2;
            }
        }

        var annotate = shown * series.Length <= 30;
        var maxAbs = values.Select(Math.Abs).DefaultIfEmpty(1).Max();
        var minAbs = values.Select(Math.Abs).Where(v => v > 0).DefaultIfEmpty(maxAbs).Min();

        // Enough decimals for two digits of the largest bar and one of the smallest non-zero one (no "0.00" beside a bar).
        var decimals = maxAbs > 0 ? Math.Clamp(Math.Max(1 - (int)Math.Floor(Math.Log10(maxAbs)), -(int)Math.Floor(Math.Log10(minAbs))), 0, 4) : 2;
        var valueFormat = maxAbs >= 1000 ? "N0" : "F" + decimals.ToString(CultureInfo.InvariantCulture);
        for (var k = 0; k < shown; k++)
        {
            var groupTop = top + k * groupHeight + 3;
            c.Text(left - 6, groupTop + barHeight * series.Length / 2 + 2.5, TextMetrics.Fit(labels[k], LabelSize, labelWidth), LabelSize, Palette.Ink, TextAnchor.End);
            for (var s = 0; s < series.Length; s++)
            {
                var ys = series[s].Y.IsDefault ? [] : series[s].Y;
                if (k >= ys.Length || !double.IsFinite(ys[k]))
                {
                    continue;
                }

                var x0 = X(0);
                var x1 = X(ys[k]);
                var color = Palette.Series(s);
                var barTop = groupTop + s * barHeight;
                c.Items.Add(new RectPrimitive(Math.Min(x0, x1), barTop, Math.Max(0.5, Math.Abs(x1 - x0)), barHeight - 1, color.WithOpacity(0.85)));
                if (annotate && barHeight >= 6)
                {
                    var text = ys[k].ToString(valueFormat, CultureInfo.InvariantCulture);
                    c.Text(ys[k] >= 0 ? x1 + 3 : x1 - 3, barTop + barHeight / 2 + 2, text, Math.Min(TickSize, barHeight - 0.5), Palette.Ink,
                        ys[k] >= 0 ? TextAnchor.Start : TextAnchor.End);
                }
            }
        }

        c.Items.Add(new LinePrimitive(X(0), top, X(0), plotBottom, Palette.Ink, 0.8));
        var bottom = plotBottom + 22;
        c.Text((left + right) / 2, bottom, TextMetrics.Fit(figure.YLabel ?? string.Empty, LabelSize, right - left), LabelSize, Palette.Ink, TextAnchor.Middle);
        if (categoryCount > shown)
        {
            bottom += 11;
            c.Text(0, bottom, string.Create(CultureInfo.InvariantCulture, $"{categoryCount - shown} more categories not shown"), TickSize, Palette.Muted, TextAnchor.Start);
        }

        return bottom + 6;
    }

    private static double LayoutHeatmap(Canvas c, FigureData figure, ImmutableArray<FigureSeries> series, double top, double width)
    {
        var rows = Math.Min(series.Length, MaxCategories);
        var cols = Math.Min(series.Max(s => s.Y.IsDefault ? 0 : s.Y.Length), MaxCategories);
        var categories = figure.Categories.IsDefault ? ImmutableArray<string>.Empty : figure.Categories;
        string RowLabel(int i) => categories.Length == series.Length && i < categories.Length ? categories[i] : series[i].Name;
        string ColLabel(int j) => j < categories.Length ? categories[j] : (j + 1).ToString(CultureInfo.InvariantCulture);
        var values = series.Take(rows).SelectMany(s => s.Y.Take(cols)).Where(double.IsFinite).ToList();
        var maxAbs = Math.Max(1e-12, values.Select(Math.Abs).Max());
        var diverging = values.Any(v => v < 0);
        var labelWidth = Math.Min(width * 0.28, Enumerable.Range(0, rows).Max(i => TextMetrics.Width(RowLabel(i), LabelSize)) + 2);
        var colLabelHeight = Math.Min(90, Enumerable.Range(0, cols).Max(j => TextMetrics.Width(TextMetrics.Fit(ColLabel(j), LabelSize, 90), LabelSize)) + 4);
        var left = labelWidth + 6;
        var cell = Math.Clamp((width - left - 70) / Math.Max(1, cols), 7, 16);
        top += 6;
        var annotate = cell >= 16;
        for (var i = 0; i < rows; i++)
        {
            c.Text(left - 4, top + i * cell + cell / 2 + 2.5, TextMetrics.Fit(RowLabel(i), LabelSize, labelWidth), Math.Min(LabelSize, cell), Palette.Ink, TextAnchor.End);
            var ys = series[i].Y.IsDefault ? [] : series[i].Y;
            for (var j = 0; j < cols; j++)
            {
                var x = left + j * cell;
                var y = top + i * cell;
                if (j >= ys.Length || !double.IsFinite(ys[j]))
                {
                    c.Items.Add(new RectPrimitive(x, y, cell, cell, Palette.Grid, Palette.White, 0.5));
                    continue;
                }

                var v = ys[j];
                var color = diverging
                    ? v < 0 ? ChartColor.Lerp(Palette.White, Palette.HeatLow, -v / maxAbs) : ChartColor.Lerp(Palette.White, Palette.HeatHigh, v / maxAbs)
                    : ChartColor.Lerp(Palette.White, Palette.HeatHigh, v / maxAbs);
                c.Items.Add(new RectPrimitive(x, y, cell, cell, color, Palette.White, 0.5));
                if (annotate)
                {
                    var dark = Math.Abs(v) / maxAbs > 0.6;
                    c.Text(x + cell / 2, y + cell / 2 + 2.2, v.ToString("0.00", CultureInfo.InvariantCulture), Math.Min(6, cell * 0.36), dark ? Palette.White : Palette.Ink, TextAnchor.Middle);
                }
            }
        }

        var gridBottom = top + rows * cell;
        for (var j = 0; j < cols; j++)
        {
            c.Text(left + j * cell + cell / 2 + 2.5, gridBottom + 4, TextMetrics.Fit(ColLabel(j), Math.Min(LabelSize, cell), 90), Math.Min(LabelSize, cell), Palette.Ink,
                TextAnchor.End, rotation: -90);
        }

        // Colour bar.
        var barX = left + cols * cell + 14;
        var barHeight = Math.Max(60, rows * cell);
        const int steps = 20;
        for (var k = 0; k < steps; k++)
        {
            var t = 1 - (k + 0.5) / steps;
            var color = diverging
                ? t < 0.5 ? ChartColor.Lerp(Palette.White, Palette.HeatLow, 1 - 2 * t) : ChartColor.Lerp(Palette.White, Palette.HeatHigh, 2 * t - 1)
                : ChartColor.Lerp(Palette.White, Palette.HeatHigh, t);
            c.Items.Add(new RectPrimitive(barX, top + k * barHeight / steps, 9, barHeight / steps + 0.3, color));
        }

        c.Items.Add(new RectPrimitive(barX, top, 9, barHeight, null, Palette.Muted, 0.5));
        c.Text(barX + 12, top + 6, maxAbs.ToString("0.###", CultureInfo.InvariantCulture), TickSize, Palette.Muted, TextAnchor.Start);
        c.Text(barX + 12, top + barHeight, (diverging ? -maxAbs : 0).ToString("0.###", CultureInfo.InvariantCulture), TickSize, Palette.Muted, TextAnchor.Start);
        var bottom = Math.Max(gridBottom + colLabelHeight + 6, top + barHeight + 4);
        if (!string.IsNullOrEmpty(figure.YLabel))
        {
            bottom += 10;
            c.Text(0, bottom, TextMetrics.Fit(figure.YLabel, LabelSize, width), LabelSize, Palette.Muted, TextAnchor.Start);
        }

        return bottom + 6;
    }

    private sealed class Canvas(double width)
    {
        public double Width { get; } = width;

        public List<ChartPrimitive> Items { get; } = [];

        public void Text(double x, double y, string text, double size, ChartColor color, TextAnchor anchor, bool bold = false, double rotation = 0)
        {
            if (!string.IsNullOrEmpty(text))
            {
                Items.Add(new TextPrimitive(x, y, text, size, color, anchor, bold, rotation));
            }
        }
    }
}
