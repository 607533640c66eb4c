using PdfSharp.Drawing;
using SynthAudit.Reports.Charts;

namespace SynthAudit.Reports.Pdf;

/// <summary>Draws a <see cref="ChartLayout"/> as PDF vectors: the same primitives the SVG backend writes.</summary>
internal static class PdfChartDrawer
{
    /// <summary>Draws <paramref name="chart"/> with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>), scaled by <paramref name="scale"/>.</summary>
    public static void Draw(XGraphics gfx, PdfFonts fonts, ChartLayout chart, double x, double y, double scale = 1)
    {
        var state = gfx.Save();
        gfx.TranslateTransform(x, y);
        if (scale != 1)
        {
            gfx.ScaleTransform(scale);
        }

        foreach (var p in chart.Primitives)
        {
            switch (p)
            {
                case LinePrimitive l:
                    gfx.DrawLine(Pen(l.Color, l.Width, l.Dashed), l.X1, l.Y1, l.X2, l.Y2);
                    break;
                case RectPrimitive r when r.Width > 0 && r.Height > 0:
                    var pen = r.Stroke is { } s ? Pen(s, r.StrokeWidth, false) : null;
                    var brush = r.Fill is { } f ? new XSolidBrush(Color(f)) : null;
                    if (pen is not null && brush is not null)
                    {
                        gfx.DrawRectangle(pen, brush, r.X, r.Y, r.Width, r.Height);
                    }
                    else if (brush is not null)
                    {
                        gfx.DrawRectangle(brush, r.X, r.Y, r.Width, r.Height);
                    }
                    else if (pen is not null)
                    {
                        gfx.DrawRectangle(pen, r.X, r.Y, r.Width, r.Height);
                    }

                    break;
                case PolylinePrimitive pl when pl.Points.Length >= 4:
                    var points = new XPoint[pl.Points.Length / 2];
                    for (var i = 0; i < points.Length; i++)
                    {
                        points[i] = new XPoint(pl.Points[2 * i], pl.Points[2 * i + 1]);
                    }

                    var linePen = Pen(pl.Color, pl.Width, pl.Dashed);
                    linePen.LineJoin = XLineJoin.Round;
                    gfx.DrawLines(linePen, points);
                    break;
                case CirclePrimitive c:
                    gfx.DrawEllipse(Pen(c.Stroke, 0.8, false), new XSolidBrush(Color(c.Fill)), c.X - c.Radius, c.Y - c.Radius, 2 * c.Radius, 2 * c.Radius);
                    break;
                case TextPrimitive t:
                    DrawText(gfx, fonts, t);
                    break;
            }
        }

        gfx.Restore(state);
    }

    private static void DrawText(XGraphics gfx, PdfFonts fonts, TextPrimitive t)
    {
        var font = fonts.Get(t.Size, t.Bold);
        var format = t.Anchor switch
        {
            TextAnchor.Middle => XStringFormats.BaseLineCenter,
            TextAnchor.End => XStringFormats.BaseLineRight,
            _ => XStringFormats.BaseLineLeft,
        };
        var brush = new XSolidBrush(Color(t.Color));
        if (t.Rotation == 0)
        {
            PdfText.Draw(gfx, fonts, t.Text, font, brush, t.X, t.Y, format);
            return;
        }

        var state = gfx.Save();
        gfx.RotateAtTransform(t.Rotation, new XPoint(t.X, t.Y));
        PdfText.Draw(gfx, fonts, t.Text, font, brush, t.X, t.Y, format);
        gfx.Restore(state);
    }

    private static XPen Pen(ChartColor color, double width, bool dashed) =>
        new(Color(color), width) { DashStyle = dashed ? XDashStyle.Dash : XDashStyle.Solid };

    /// <summary>The PDFsharp colour of a chart colour, opacity included.</summary>
    public static XColor Color(ChartColor c) => XColor.FromArgb((int)Math.Round(c.Opacity * 255), c.R, c.G, c.B);
}
