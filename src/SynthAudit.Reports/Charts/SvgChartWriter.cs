using System.Globalization;
using System.Text;
using SynthAudit.Reports.Html;

namespace SynthAudit.Reports.Charts;

/// <summary>Draws a <see cref="ChartLayout"/> as inline SVG text (every string escaped).</summary>
public static class SvgChartWriter
{
    /// <summary>Appends the chart as an <c>&lt;svg&gt;</c> element to <paramref name="sb"/>.</summary>
    public static void Write(ChartLayout chart, StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(sb);
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
            .Append(N(chart.Width)).Append(' ').Append(N(chart.Height)).Append("\" width=\"").Append(N(chart.Width))
            .Append("\" height=\"").Append(N(chart.Height)).Append("\" font-family=\"DejaVu Sans, Verdana, sans-serif\"><title>")
            .Append(HtmlText.Encode(chart.Title)).Append("</title>\n");
        foreach (var p in chart.Primitives)
        {
            switch (p)
            {
                case LinePrimitive l:
                    sb.Append("<line x1=\"").Append(N(l.X1)).Append("\" y1=\"").Append(N(l.Y1)).Append("\" x2=\"").Append(N(l.X2)).Append("\" y2=\"")
                        .Append(N(l.Y2)).Append('"');
                    Stroke(sb, l.Color, l.Width, l.Dashed);
                    sb.Append("/>\n");
                    break;
                case RectPrimitive r:
                    sb.Append("<rect x=\"").Append(N(r.X)).Append("\" y=\"").Append(N(r.Y)).Append("\" width=\"").Append(N(r.Width)).Append("\" height=\"")
                        .Append(N(r.Height)).Append('"');
                    Fill(sb, r.Fill);
                    if (r.Stroke is { } s)
                    {
                        Stroke(sb, s, r.StrokeWidth, false);
                    }

                    sb.Append("/>\n");
                    break;
                case PolylinePrimitive pl when pl.Points.Length >= 4:
                    sb.Append("<polyline fill=\"none\" points=\"");
                    for (var i = 0; i + 1 < pl.Points.Length; i += 2)
                    {
                        sb.Append(i == 0 ? string.Empty : " ").Append(N(pl.Points[i])).Append(',').Append(N(pl.Points[i + 1]));
                    }

                    sb.Append('"');
                    Stroke(sb, pl.Color, pl.Width, pl.Dashed);
                    sb.Append(" stroke-linejoin=\"round\"/>\n");
                    break;
                case CirclePrimitive c:
                    sb.Append("<circle cx=\"").Append(N(c.X)).Append("\" cy=\"").Append(N(c.Y)).Append("\" r=\"").Append(N(c.Radius)).Append('"');
                    Fill(sb, c.Fill);
                    Stroke(sb, c.Stroke, 0.8, false);
                    sb.Append("/>\n");
                    break;
                case TextPrimitive t:
                    sb.Append("<text x=\"").Append(N(t.X)).Append("\" y=\"").Append(N(t.Y)).Append("\" font-size=\"").Append(N(t.Size)).Append('"');
                    if (t.Anchor != TextAnchor.Start)
                    {
                        sb.Append(" text-anchor=\"").Append(t.Anchor == TextAnchor.Middle ? "middle" : "end").Append('"');
                    }

                    if (t.Bold)
                    {
                        sb.Append(" font-weight=\"bold\"");
                    }

                    if (t.Rotation != 0)
                    {
                        sb.Append(" transform=\"rotate(").Append(N(t.Rotation)).Append(' ').Append(N(t.X)).Append(' ').Append(N(t.Y)).Append(")\"");
                    }

                    Fill(sb, t.Color);
                    sb.Append('>').Append(HtmlText.Encode(t.Text)).Append("</text>\n");
                    break;
            }
        }

        sb.Append("</svg>\n");
    }

    private static void Stroke(StringBuilder sb, ChartColor color, double width, bool dashed)
    {
        sb.Append(" stroke=\"").Append(color.Hex).Append("\" stroke-width=\"").Append(N(width)).Append('"');
        if (color.Opacity < 1)
        {
            sb.Append(" stroke-opacity=\"").Append(N(color.Opacity)).Append('"');
        }

        if (dashed)
        {
            sb.Append(" stroke-dasharray=\"4 3\"");
        }
    }

    private static void Fill(StringBuilder sb, ChartColor? color)
    {
        if (color is not { } c)
        {
            sb.Append(" fill=\"none\"");
            return;
        }

        sb.Append(" fill=\"").Append(c.Hex).Append('"');
        if (c.Opacity < 1)
        {
            sb.Append(" fill-opacity=\"").Append(N(c.Opacity)).Append('"');
        }
    }

    private static string N(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
