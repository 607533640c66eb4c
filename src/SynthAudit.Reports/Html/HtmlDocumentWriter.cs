using System.Text;
using SynthAudit.Reports.Charts;
using SynthAudit.Reports.Document;

namespace SynthAudit.Reports.Html;

/// <summary>Writes a <see cref="ReportDocument"/> as one self-contained HTML file: inline CSS and SVG, nothing from the network.</summary>
/// <remarks>Every string from the document goes through <see cref="HtmlText.Encode"/>; the only markup is this writer's own.</remarks>
public static class HtmlDocumentWriter
{
    private const string Css = """
        :root { --ink: #222; --muted: #666; --line: #ddd; --good: #0072B2; --fair: #E69F00; --poor: #D55E00; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", Verdana, "Segoe UI", sans-serif; color: var(--ink); margin: 0; background: #f6f6f4; font-size: 14px; line-height: 1.5; }
        main { max-width: 980px; margin: 0 auto; background: #fff; padding: 32px 48px 48px; }
        header.doc { border-bottom: 3px solid var(--good); margin-bottom: 16px; }
        header.doc h1 { margin: 0 0 4px; font-size: 26px; }
        header.doc p { margin: 0 0 12px; color: var(--muted); }
        nav ol { columns: 2; column-gap: 48px; font-size: 13px; margin: 8px 0 24px; }
        nav li { break-inside: avoid; }
        h2 { font-size: 20px; border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 40px; }
        h3 { font-size: 15px; margin: 24px 0 6px; }
        p.note { color: var(--muted); font-size: 12.5px; }
        p.reference { font-size: 13px; }
        p.warning { border-left: 4px solid var(--poor); background: #fdf1ea; padding: 6px 10px; overflow-wrap: anywhere; }
        p.code, td.mono { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; overflow-wrap: anywhere; }
        td.hash { word-break: break-all; }
        td.mono span { white-space: nowrap; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 12.5px; }
        caption { text-align: left; font-weight: bold; padding: 4px 0; }
        th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #f0f0ee; }
        tbody tr:nth-child(even) { background: #fafaf9; }
        th.num { text-align: right; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.good { box-shadow: inset 4px 0 var(--good); font-weight: bold; }
        td.fair { box-shadow: inset 4px 0 var(--fair); font-weight: bold; }
        td.poor { box-shadow: inset 4px 0 var(--poor); font-weight: bold; }
        td.muted { color: var(--muted); }
        figure { margin: 12px 0 20px; }
        svg.chart { width: 100%; height: auto; display: block; }
        div.grid { display: grid; grid-template-columns: repeat(var(--columns, 2), minmax(0, 1fr)); gap: 8px 24px; margin: 12px 0 20px; }
        div.grid figure { margin: 0; }
        figcaption { color: var(--muted); font-size: 12px; }
        footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
        @media print {
          body { background: #fff; font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          nav { display: none; }
          section { break-before: page; }
          section:first-of-type { break-before: auto; }
          table, figure, tr { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          @page { size: A4; margin: 16mm 14mm; }
        }
        """;

    /// <summary>Renders <paramref name="document"/> to an HTML string.</summary>
    public static string Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sb = new StringBuilder(64 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<title>").Append(HtmlText.Encode(document.Title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n<main>\n")
            .Append("<header class=\"doc\"><h1>").Append(HtmlText.Encode(document.Title)).Append("</h1><p>").Append(HtmlText.Encode(document.Subtitle)).Append("</p></header>\n");
        sb.Append("<nav><ol>\n");
        foreach (var s in document.Sections)
        {
            sb.Append("<li><a href=\"#").Append(HtmlText.Encode(s.Anchor)).Append("\">").Append(HtmlText.Encode(s.Title)).Append("</a></li>\n");
        }

        sb.Append("</ol></nav>\n");
        foreach (var section in document.Sections)
        {
            sb.Append("<section id=\"").Append(HtmlText.Encode(section.Anchor)).Append("\">\n<h2>").Append(HtmlText.Encode(section.Title)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                WriteBlock(sb, block);
            }

            sb.Append("</section>\n");
        }

        sb.Append("<footer>").Append(HtmlText.Encode(document.DatasetName)).Append(" · ").Append(HtmlText.Encode(document.Date))
            .Append(" · generated by SynthAudit</footer>\n</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void WriteBlock(StringBuilder sb, ReportBlock block)
    {
        switch (block)
        {
            case HeadingBlock h:
                sb.Append("<h3>").Append(HtmlText.Encode(h.Text)).Append("</h3>\n");
                break;
            case ParagraphBlock p:
                sb.Append(p.Style switch
                {
                    ParagraphStyle.Note => "<p class=\"note\">",
                    ParagraphStyle.Warning => "<p class=\"warning\">",
                    ParagraphStyle.Code => "<p class=\"code\">",
                    ParagraphStyle.Reference => "<p class=\"reference\">",
                    _ => "<p>",
                });
                if (p.Lead is not null)
                {
                    sb.Append("<strong>").Append(HtmlText.Encode(p.Lead)).Append("</strong> ");
                }

                sb.Append(HtmlText.Encode(p.Text)).Append("</p>\n");
                break;
            case TableBlock t:
                WriteTable(sb, t);
                break;
            case ChartBlock c:
                WriteFigure(sb, c);
                break;
            case ChartGridBlock g:
                sb.Append("<div class=\"grid\" style=\"--columns: ").Append(Math.Max(1, g.Columns).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\">\n");
                foreach (var c in g.Charts)
                {
                    WriteFigure(sb, c);
                }

                sb.Append("</div>\n");
                break;
        }
    }

    private static void WriteFigure(StringBuilder sb, ChartBlock c)
    {
        sb.Append("<figure>\n");
        SvgChartWriter.Write(c.Chart, sb);
        if (c.Caption is not null)
        {
            sb.Append("<figcaption>").Append(HtmlText.Encode(c.Caption)).Append("</figcaption>\n");
        }

        sb.Append("</figure>\n");
    }

    private static void WriteTable(StringBuilder sb, TableBlock t)
    {
        sb.Append("<table>\n");
        if (t.Caption is not null)
        {
            sb.Append("<caption>").Append(HtmlText.Encode(t.Caption)).Append("</caption>\n");
        }

        sb.Append("<thead><tr>");
        for (var j = 0; j < t.Headers.Length; j++)
        {
            var numeric = t.Rows.Length > 0 && t.Rows.All(r => j < r.Length && r[j].Numeric);
            sb.Append(numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").Append(HtmlText.Encode(t.Headers[j])).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in t.Rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                var classes = new List<string>(3);
                if (cell.Numeric)
                {
                    classes.Add("num");
                }

                var hash = cell.Mono && cell.Text.Length >= 32 && cell.Text.All(char.IsAsciiHexDigit);
                if (cell.Mono)
                {
                    classes.Add(hash ? "mono hash" : "mono");
                }

                if (cell.Tone != CellTone.None)
                {
                    classes.Add(cell.Tone.ToString().ToLowerInvariant());
                }

                // A path may break after a folder separator, never inside a file name; a hash breaks anywhere (issue 18).
                var text = cell.Mono && !hash ? MonoWords(cell.Text) : HtmlText.Encode(cell.Text);
                sb.Append(classes.Count == 0 ? "<td>" : "<td class=\"" + string.Join(' ', classes) + "\">").Append(text).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    /// <summary>A mono cell (a path, a command line) as words that break at spaces and after a folder separator only: each
    /// piece is kept whole, so "mst-eps1.csv" never wraps after its hyphen.</summary>
    private static string MonoWords(string text) => string.Join(' ', text.Split(' ').Select(word =>
        string.Join("<wbr>", SplitAfterSeparators(word).Select(part => "<span>" + HtmlText.Encode(part) + "</span>"))));

    private static IEnumerable<string> SplitAfterSeparators(string word)
    {
        var start = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] is '/' or '\\')
            {
                yield return word[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < word.Length || word.Length == 0)
        {
            yield return word[start..];
        }
    }
}
