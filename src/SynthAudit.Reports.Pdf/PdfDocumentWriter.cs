using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SynthAudit.Reports.Charts;
using SynthAudit.Reports.Document;

namespace SynthAudit.Reports.Pdf;

/// <summary>Lays out a <see cref="ReportDocument"/> on A4 pages: running header, page numbers, outline, wrapped text,
/// tables that break across pages with repeated headers, and vector charts.</summary>
internal sealed class PdfDocumentWriter
{
    private const double PageWidth = 595.28;
    private const double PageHeight = 841.89;
    private const double Left = 44;
    private const double Right = PageWidth - 44;
    private const double Top = 58;
    private const double Bottom = PageHeight - 48;
    private const double ContentWidth = Right - Left;
    private const double BodySize = 9;
    private const double NoteSize = 8;
    private const double ReferenceSize = 7.2;
    private const double TableSize = 7.5;
    private const double CellPadX = 4;
    private const double MinChartShrink = 0.75;
    private const double CellPadY = 1.8;

    private static readonly XColor s_ink = XColor.FromArgb(255, 0x22, 0x22, 0x22);
    private static readonly XColor s_muted = XColor.FromArgb(255, 0x66, 0x66, 0x66);
    private static readonly XColor s_rule = XColor.FromArgb(255, 0xDD, 0xDD, 0xDD);
    private static readonly XColor s_headerFill = XColor.FromArgb(255, 0xF0, 0xF0, 0xEE);
    private static readonly XColor s_zebra = XColor.FromArgb(255, 0xFA, 0xFA, 0xF9);
    private static readonly XColor s_accent = XColor.FromArgb(255, 0x00, 0x72, 0xB2);
    private static readonly XColor s_warnFill = XColor.FromArgb(255, 0xFD, 0xF1, 0xEA);

    private static readonly System.Buffers.SearchValues<char> s_breakAfter = System.Buffers.SearchValues.Create("/\\-_,;=");
    private static readonly System.Buffers.SearchValues<char> s_pathSeparators = System.Buffers.SearchValues.Create("/\\");

    private readonly ReportDocument _doc;
    private readonly PdfDocument _pdf = new();
    private readonly PdfFonts _fonts = new();
    private readonly Dictionary<(string Text, XFont Font), double> _widths = [];
    private readonly List<PdfPageFill> _fills = [];
    private PdfPage? _page;
    private XGraphics? _gfx;
    private double _y;
    private bool _sectionEndsHere;

    private PdfDocumentWriter(ReportDocument doc)
    {
        _doc = doc;
    }

    /// <summary>Writes <paramref name="doc"/> as PDF to <paramref name="output"/>.</summary>
    public static void Write(ReportDocument doc, Stream output, DateTimeOffset created) => Write(doc, output, created, out _);

    /// <summary>Writes <paramref name="doc"/> as PDF to <paramref name="output"/> and reports how full each page is.</summary>
    public static void Write(ReportDocument doc, Stream output, DateTimeOffset created, out IReadOnlyList<PdfPageFill> pages)
    {
        PdfSetup.Ensure();
        var writer = new PdfDocumentWriter(doc);
        writer.Render(created);
        writer._pdf.Save(output, false);
        writer._pdf.Dispose();
        pages = writer._fills;
    }

    /// <summary>Lays out <paramref name="doc"/> and returns the page model only (how full each page is).</summary>
    public static IReadOnlyList<PdfPageFill> Paginate(ReportDocument doc)
    {
        using var sink = new MemoryStream();
        Write(doc, sink, DateTimeOffset.UnixEpoch, out var pages);
        return pages;
    }

    private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page.");

    private void Render(DateTimeOffset created)
    {
        _pdf.Info.Title = _doc.Title;
        _pdf.Info.Subject = _doc.Subtitle;
        _pdf.Info.Creator = "SynthAudit";
        _pdf.Info.CreationDate = created.UtcDateTime;
        _pdf.PageLayout = PdfPageLayout.SinglePage;
        _pdf.PageMode = PdfPageMode.UseOutlines;
        NewPage();
        PdfText.Draw(Gfx, _fonts, _doc.Title, _fonts.Get(17, bold: true), new XSolidBrush(s_ink), Left, _y + 16, XStringFormats.BaseLineLeft);
        _y += 26;
        foreach (var line in Wrap(_doc.Subtitle, _fonts.Get(NoteSize), ContentWidth))
        {
            PdfText.Draw(Gfx, _fonts, line, _fonts.Get(NoteSize), new XSolidBrush(s_muted), Left, _y + NoteSize, XStringFormats.BaseLineLeft);
            _y += NoteSize + 3;
        }

        _y += 4;
        Gfx.DrawLine(new XPen(s_accent, 2), Left, _y, Right, _y);
        _y += 14;
        for (var i = 0; i < _doc.Sections.Length; i++)
        {
            var section = _doc.Sections[i];
            if (i > 0)
            {
                // Sections follow each other; a section starts on a new page only when asked to, or when its title and
                // first content would not fit in what is left of this page.
                var title = SectionTitleHeight(section.Title);
                var lead = title + 14 + Math.Min(Bottom - Top - title - 14, KeepTogetherHeight(section.Blocks, -1));
                if (section.StartsNewPage || _y + lead > Bottom)
                {
                    NewPage();
                }
                else
                {
                    _y += 14;
                }
            }

            _pdf.Outlines.Add(section.Title, _page!, true);
            DrawSectionTitle(section.Title);
            ChartBlock? deferred = null;
            var deferredOnPage = 0;
            for (var b = 0; b < section.Blocks.Length; b++)
            {
                var block = section.Blocks[b];
                if (deferred is not null)
                {
                    // Blocks that fit whole (a heading with everything up to the next heading) fill the page the figure
                    // left; the first one that does not starts the next page, which the deferred figure opens.
                    var need = BlockHeight(block);
                    for (var n = b + 1; block is HeadingBlock && n < section.Blocks.Length && section.Blocks[n] is not HeadingBlock; n++)
                    {
                        need += BlockHeight(section.Blocks[n]);
                    }

                    if (_pdf.PageCount > deferredOnPage || _y + need > Bottom)
                    {
                        if (_pdf.PageCount == deferredOnPage)
                        {
                            NewPage();
                        }

                        DrawChart(deferred);
                        deferred = null;
                    }
                }

                if (deferred is null && block is ChartBlock chart && b > 0 && section.Blocks[b - 1] is not HeadingBlock
                    && b + 1 < section.Blocks.Length && section.Blocks[b + 1] is HeadingBlock && !ChartFits(chart) && Bottom - _y > (Bottom - Top) / 4)
                {
                    // A large figure (a heatmap) that does not fit in what is left of the page floats to the top of the
                    // next one, and the text after it fills this page, as in a book (issue 18: no page left a third empty).
                    deferred = chart;
                    deferredOnPage = _pdf.PageCount;
                    continue;
                }

                if (block is HeadingBlock)
                {
                    Ensure(Math.Min(Bottom - Top - 20, KeepTogetherHeight(section.Blocks, b)));
                }

                DrawBlock(block);
            }

            if (deferred is not null)
            {
                DrawChart(deferred);
            }

            _sectionEndsHere = true;
        }

        RecordFill();
        _gfx?.Dispose();
        _gfx = null;
        DrawFooters();
    }

    private void RecordFill()
    {
        if (_page is not null)
        {
            _fills.Add(new PdfPageFill(_fills.Count + 1, Math.Clamp((_y - Top) / (Bottom - Top), 0, 1), _sectionEndsHere));
        }
    }

    private void NewPage()
    {
        RecordFill();
        _sectionEndsHere = false;
        _gfx?.Dispose();
        _page = _pdf.AddPage();
        _page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        var font = _fonts.Get(7.5);
        var brush = new XSolidBrush(s_muted);
        PdfText.Draw(_gfx, _fonts, Shorten(_doc.DatasetName, font, ContentWidth * 0.6), font, brush, Left, 36, XStringFormats.BaseLineLeft);
        PdfText.Draw(_gfx, _fonts, "SynthAudit report · " + _doc.Date, font, brush, Right, 36, XStringFormats.BaseLineRight);
        _gfx.DrawLine(new XPen(s_rule, 0.6), Left, 41, Right, 41);
        _y = Top;
    }

    private void DrawFooters()
    {
        var count = _pdf.PageCount;
        var font = _fonts.Get(7.5);
        var brush = new XSolidBrush(s_muted);
        for (var i = 0; i < count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_pdf.Pages[i], XGraphicsPdfPageOptions.Append);
            gfx.DrawLine(new XPen(s_rule, 0.6), Left, PageHeight - 38, Right, PageHeight - 38);
            PdfText.Draw(gfx, _fonts, string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {count}"), font, brush, Right, PageHeight - 27, XStringFormats.BaseLineRight);
            PdfText.Draw(gfx, _fonts, "Statistical evidence, not a legal determination.", font, brush, Left, PageHeight - 27, XStringFormats.BaseLineLeft);
        }
    }

    private void Ensure(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    private const double SectionTitleSize = 14;
    private const double SectionTitleLine = 18;

    /// <summary>The height of a section's title: its lines (a long title wraps, never runs off the page) and the rule.</summary>
    private double SectionTitleHeight(string title) => 12 + SectionTitleLine * Wrap(title, _fonts.Get(SectionTitleSize, bold: true), ContentWidth).Count;

    private void DrawSectionTitle(string title)
    {
        var font = _fonts.Get(SectionTitleSize, bold: true);
        var lines = Wrap(title, font, ContentWidth);
        Ensure(SectionTitleHeight(title) + 30);
        foreach (var line in lines)
        {
            PdfText.Draw(Gfx, _fonts, line, font, new XSolidBrush(s_ink), Left, _y + SectionTitleSize, XStringFormats.BaseLineLeft);
            _y += SectionTitleLine;
        }

        _y += 2;
        Gfx.DrawLine(new XPen(s_rule, 0.8), Left, _y, Right, _y);
        _y += 10;
    }

    private void DrawBlock(ReportBlock block)
    {
        switch (block)
        {
            case HeadingBlock h:
                Ensure(40);
                _y += 6;
                DrawLines(h.Text, _fonts.Get(10.5, bold: true), s_ink, Left, ContentWidth, 13.5);
                _y += 3;
                break;
            case ParagraphBlock p:
                DrawParagraph(p);
                break;
            case TableBlock t:
                DrawTable(t);
                break;
            case ChartBlock c:
                DrawChart(c);
                break;
            case ChartGridBlock g:
                DrawChartGrid(g);
                break;
        }
    }

    /// <summary>The height of the block at <paramref name="start"/> (a heading, or the section title when -1) and the start of
    /// the block after it, so a heading is never the last thing on a page: a paragraph's first two lines, a table's caption,
    /// header and first three rows (a table of at most a third of a page whole), a chart, or a grid's first row.</summary>
    private double KeepTogetherHeight(System.Collections.Immutable.ImmutableArray<ReportBlock> blocks, int start)
    {
        var height = start < 0 ? 0 : 24.0;
        if (start + 1 >= blocks.Length)
        {
            return height;
        }

        switch (blocks[start + 1])
        {
            case ParagraphBlock p:
                var small = p.Style is ParagraphStyle.Reference or ParagraphStyle.Note;
                var lines = Wrap(p.Text, _fonts.Get(small ? NoteSize : BodySize), ContentWidth - 14).Count;
                var text = Math.Min(2, lines) * (small ? 11 : 12.5) + 8;
                if (p.Style == ParagraphStyle.Note && lines <= 3 && start + 2 < blocks.Length && blocks[start + 2] is TableBlock)
                {
                    // A short note that introduces a table (an appendix's first lines) stays with the table's start.
                    return KeepTogetherHeight(blocks, start + 1) - 24 + height + lines * 11 + 5;
                }

                return height + text;
            case TableBlock t:
                var (whole, firstRows) = TableHeights(t);
                var keepWhole = whole <= (Bottom - Top) / 5 && _y - Top >= (Bottom - Top) / 3;
                return height + (keepWhole ? whole : firstRows);
            // A chart, and a grid's first row, may be set a little smaller to stay with its heading (see DrawChart).
            case ChartBlock c:
                return height + c.Chart.Height * MinChartShrink + 12;
            case ChartGridBlock g:
                return height + GridRowHeights(g).FirstOrDefault() * MinChartShrink + 12;
            default:
                return height;
        }
    }

    /// <summary>The height of a whole table and of its caption, header and first three rows.</summary>
    private (double Whole, double FirstRows) TableHeights(TableBlock t)
    {
        if (t.Headers.Length == 0)
        {
            return (0, 0);
        }

        var widths = ColumnWidths(t);
        var headerFont = _fonts.Get(TableSize, bold: true);
        var lineHeight = TableSize + 2.6;
        var head = (t.Caption is null ? 0 : Wrap(t.Caption, _fonts.Get(8.5, bold: true), ContentWidth).Count * 11 + 3) + Enumerable.Range(0, t.Headers.Length).Max(j => Wrap(t.Headers[j], headerFont, widths[j] - 2 * CellPadX).Count) * lineHeight + 2 * CellPadY;
        var rows = t.Rows.Select(row => Enumerable.Range(0, Math.Min(row.Length, widths.Length))
            .Select(j => Wrap(row[j].Text, CellFont(row[j]), widths[j] - 2 * CellPadX).Count).DefaultIfEmpty(1).Max() * lineHeight + 2 * CellPadY).ToList();
        return (head + rows.Sum() + 10, head + rows.Take(3).Sum() + 4);
    }

    private void DrawParagraph(ParagraphBlock p)
    {
        var (font, color, lineHeight) = p.Style switch
        {
            ParagraphStyle.Note => (_fonts.Get(NoteSize), s_muted, 11.0),
            ParagraphStyle.Code => (_fonts.Get(NoteSize, mono: true), s_ink, 11.0),
            ParagraphStyle.Reference => (_fonts.Get(ReferenceSize), s_ink, 9.4),
            _ => (_fonts.Get(BodySize), s_ink, 12.5),
        };
        if (p.Style == ParagraphStyle.Warning)
        {
            var lines = Wrap(p.Text, font, ContentWidth - 14);
            var height = lines.Count * lineHeight + 6;
            Ensure(Math.Min(height, 60));
            var start = _y;
            if (start + height <= Bottom)
            {
                Gfx.DrawRectangle(new XSolidBrush(s_warnFill), Left, start, ContentWidth, height);
                Gfx.DrawRectangle(new XSolidBrush(PdfChartDrawer.Color(Palette.Series(3))), Left, start, 3, height);
            }

            _y += 3;
            foreach (var line in lines)
            {
                Ensure(lineHeight);
                PdfText.Draw(Gfx, _fonts, line, font, new XSolidBrush(color), Left + 10, _y + font.Size, XStringFormats.BaseLineLeft);
                _y += lineHeight;
            }

            _y += 8;
            return;
        }

        if (p.Lead is not null)
        {
            DrawRunIn(p.Lead, p.Text, font, color, lineHeight);
        }
        else
        {
            DrawLines(p.Text, font, color, Left, ContentWidth, lineHeight);
        }

        _y += 5;
    }

    /// <summary>Sets a paragraph whose bold lead runs into its first line; a lead wider than the column gets lines of its own.</summary>
    private void DrawRunIn(string lead, string text, XFont font, XColor color, double lineHeight)
    {
        var bold = _fonts.Get(font.Size, bold: true);
        var leadLines = Wrap(lead, bold, ContentWidth);
        var leadWidth = Measure(leadLines[^1], bold) + Measure(" ", font);
        var lines = Wrap(text, font, ContentWidth, leadWidth);
        Ensure(lineHeight * Math.Min(2, leadLines.Count + lines.Count - 1));
        var brush = new XSolidBrush(color);
        for (var i = 0; i < leadLines.Count - 1; i++)
        {
            PdfText.Draw(Gfx, _fonts, leadLines[i], bold, brush, Left, _y + font.Size, XStringFormats.BaseLineLeft);
            _y += lineHeight;
        }

        PdfText.Draw(Gfx, _fonts, leadLines[^1], bold, brush, Left, _y + font.Size, XStringFormats.BaseLineLeft);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                _y += lineHeight;
                Ensure(lineHeight);
            }

            PdfText.Draw(Gfx, _fonts, lines[i], font, brush, Left + (i == 0 ? leadWidth : 0), _y + font.Size, XStringFormats.BaseLineLeft);
        }

        _y += lineHeight;
    }

    private void DrawLines(string text, XFont font, XColor color, double x, double width, double lineHeight)
    {
        var brush = new XSolidBrush(color);
        foreach (var line in Wrap(text, font, width))
        {
            Ensure(lineHeight);
            PdfText.Draw(Gfx, _fonts, line, font, brush, x, _y + font.Size, XStringFormats.BaseLineLeft);
            _y += lineHeight;
        }
    }

    /// <summary>About how tall a block is when set whole (to decide what fills a page beside a deferred figure).</summary>
    private double BlockHeight(ReportBlock block)
    {
        switch (block)
        {
            case HeadingBlock h:
                return 9 + 13.5 * Wrap(h.Text, _fonts.Get(10.5, bold: true), ContentWidth).Count;
            case ParagraphBlock p:
                var small = p.Style is ParagraphStyle.Reference or ParagraphStyle.Note or ParagraphStyle.Code;
                var lines = Wrap((p.Lead is null ? string.Empty : p.Lead + " ") + p.Text, _fonts.Get(p.Style == ParagraphStyle.Reference ? ReferenceSize : small ? NoteSize : BodySize),
                    ContentWidth - (p.Style == ParagraphStyle.Warning ? 14 : 0)).Count;
                return lines * (p.Style == ParagraphStyle.Reference ? 9.4 : small ? 11 : 12.5) + (p.Style == ParagraphStyle.Warning ? 11 : 5);
            case TableBlock t:
                return TableHeights(t).Whole;
            case ChartBlock c:
                return c.Chart.Height * Math.Min(1, ContentWidth / c.Chart.Width) + 16 + (c.Caption is null ? 0 : 11 * Wrap(c.Caption, _fonts.Get(NoteSize), ContentWidth).Count);
            case ChartGridBlock g:
                return GridRowHeights(g).Sum(h => h + 8) + 8;
            default:
                return 0;
        }
    }

    /// <summary>Whether a chart fits in what is left of the page, at the smallest size <see cref="DrawChart"/> sets it.</summary>
    private bool ChartFits(ChartBlock c)
    {
        var scale = Math.Min(1, Math.Min(ContentWidth / c.Chart.Width, (Bottom - Top - 10) / c.Chart.Height));
        return _y + c.Chart.Height * scale * MinChartShrink + 18 <= Bottom;
    }

    private void DrawChart(ChartBlock c)
    {
        var chart = c.Chart;
        var available = Bottom - Top - 10;
        var scale = Math.Min(1, Math.Min(ContentWidth / chart.Width, available / chart.Height));

        // A chart that almost fits in what is left of the page is set a little smaller (down to 80%) rather than leaving
        // the rest of the page empty.
        var left = Bottom - _y - 10;
        if (chart.Height * scale > left && chart.Height * scale * MinChartShrink <= left)
        {
            scale = left / chart.Height;
        }

        var height = chart.Height * scale;
        Ensure(height + 8);
        _y += 4;
        PdfChartDrawer.Draw(Gfx, _fonts, chart, Left + (ContentWidth - chart.Width * scale) / 2, _y, scale);
        _y += height + 6;
        if (c.Caption is not null)
        {
            DrawLines(c.Caption, _fonts.Get(NoteSize), s_muted, Left, ContentWidth, 11);
        }

        _y += 6;
    }

    private List<double> GridRowHeights(ChartGridBlock g)
    {
        var columns = Math.Max(1, g.Columns);
        var cell = ChartGridBlock.CellWidth(ContentWidth, columns);
        return [.. g.Charts.Chunk(columns).Select(row => row.Max(c => c.Chart.Height * Math.Min(1, cell / c.Chart.Width)
            + (c.Caption is null ? 0 : 11 * Wrap(c.Caption, _fonts.Get(NoteSize), cell).Count)))];
    }

    /// <summary>Sets small multiples in columns, each chart in the column that ends highest (so a short chart does not leave
    /// a gap beside a tall one); a new page starts when the next chart fits in no column.</summary>
    private void DrawChartGrid(ChartGridBlock g)
    {
        var columns = Math.Max(1, g.Columns);
        var cell = ChartGridBlock.CellWidth(ContentWidth, columns);
        var bottoms = Enumerable.Repeat(_y + 4, columns).ToArray();
        foreach (var c in g.Charts)
        {
            var scale = Math.Min(1, cell / c.Chart.Width);
            var captionLines = c.Caption is null ? [] : Wrap(c.Caption, _fonts.Get(NoteSize), cell);
            var height = c.Chart.Height * scale + captionLines.Count * 11;
            var k = Array.IndexOf(bottoms, bottoms.Min());
            if (bottoms[k] + height > Bottom && (Bottom - bottoms[k] - captionLines.Count * 11) / c.Chart.Height >= scale * MinChartShrink)
            {
                // A chart that almost fits in what is left of its column is set a little smaller (as a single chart is)
                // rather than leaving the rest of the page empty.
                scale = (Bottom - bottoms[k] - captionLines.Count * 11) / c.Chart.Height;
                height = Bottom - bottoms[k];
            }

            if (bottoms[k] + height > Bottom)
            {
                _y = bottoms.Max();
                NewPage();
                Array.Fill(bottoms, _y + 4);
                k = 0;
            }

            var x = Left + k * (cell + ChartGridBlock.Gap);
            PdfChartDrawer.Draw(Gfx, _fonts, c.Chart, x, bottoms[k], scale);
            var cy = bottoms[k] + c.Chart.Height * scale + 2;
            foreach (var line in captionLines)
            {
                PdfText.Draw(Gfx, _fonts, line, _fonts.Get(NoteSize), new XSolidBrush(s_muted), x, cy + NoteSize, XStringFormats.BaseLineLeft);
                cy += 11;
            }

            bottoms[k] += height + 8;
            _y = bottoms.Max();
        }

        _y = bottoms.Max() + 4;
    }

    private void DrawTable(TableBlock t)
    {
        var columns = t.Headers.Length;
        if (columns == 0)
        {
            return;
        }

        var headerFont = _fonts.Get(TableSize, bold: true);
        var widths = ColumnWidths(t);
        var numericColumn = Enumerable.Range(0, columns).Select(j => t.Rows.Length > 0 && t.Rows.All(r => j < r.Length && r[j].Numeric)).ToArray();
        var headerLines = Enumerable.Range(0, columns).Select(j => Wrap(t.Headers[j], headerFont, widths[j] - 2 * CellPadX)).ToList();
        var lineHeight = TableSize + 2.6;
        var headerHeight = headerLines.Max(l => l.Count) * lineHeight + 2 * CellPadY;
        var rows = t.Rows.Select(row => Enumerable.Range(0, columns).Select(j =>
        {
            var cell = j < row.Length ? row[j] : new TableCell(string.Empty);
            return (Cell: cell, Lines: Wrap(cell.Text, CellFont(cell), widths[j] - 2 * CellPadX));
        }).ToList()).ToList();
        var firstRowHeight = rows.Count > 0 ? rows[0].Max(c => c.Lines.Count) * lineHeight + 2 * CellPadY : 0;
        var captionLines = t.Caption is null ? [] : Wrap(t.Caption, _fonts.Get(8.5, bold: true), ContentWidth);
        var captionHeight = captionLines.Count * 11 + (captionLines.Count > 0 ? 3 : 0);
        var (whole, _) = TableHeights(t);
        if (_y + whole > Bottom && whole <= (Bottom - Top) / 5 && _y - Top >= (Bottom - Top) / 3)
        {
            // A short table that does not fit in what is left of a page that is already a third full is kept whole;
            // a longer one is split, with at least its first three rows under its heading.
            NewPage();
        }

        var firstRows = rows.Take(3).Sum(r => r.Max(c => c.Lines.Count) * lineHeight + 2 * CellPadY);
        Ensure(captionHeight + headerHeight + Math.Max(firstRowHeight, firstRows) + 4);
        foreach (var line in captionLines)
        {
            PdfText.Draw(Gfx, _fonts, line, _fonts.Get(8.5, bold: true), new XSolidBrush(s_ink), Left, _y + 9, XStringFormats.BaseLineLeft);
            _y += 11;
        }

        _y += captionLines.Count > 0 ? 3 : 0;

        DrawHeaderRow();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var height = row.Max(c => c.Lines.Count) * lineHeight + 2 * CellPadY;
            if (_y + height > Bottom)
            {
                NewPage();
                DrawHeaderRow();
            }

            if (i % 2 == 1)
            {
                Gfx.DrawRectangle(new XSolidBrush(s_zebra), Left, _y, widths.Sum(), height);
            }

            var x = Left;
            for (var j = 0; j < columns; j++)
            {
                var (cell, lines) = row[j];
                var font = CellFont(cell);
                if (cell.Tone is not (CellTone.None or CellTone.Muted))
                {
                    Gfx.DrawRectangle(new XSolidBrush(ToneColor(cell.Tone)), x, _y + 1, 3, height - 2);
                }

                var brush = new XSolidBrush(cell.Tone == CellTone.Muted ? s_muted : s_ink);
                var ly = _y + CellPadY + TableSize;
                foreach (var line in lines)
                {
                    if (cell.Numeric)
                    {
                        PdfText.Draw(Gfx, _fonts, line, font, brush, x + widths[j] - CellPadX, ly, XStringFormats.BaseLineRight);
                    }
                    else
                    {
                        PdfText.Draw(Gfx, _fonts, line, font, brush, x + CellPadX + (cell.Tone is CellTone.None or CellTone.Muted ? 0 : 2), ly, XStringFormats.BaseLineLeft);
                    }

                    ly += lineHeight;
                }

                x += widths[j];
            }

            _y += height;
            Gfx.DrawLine(new XPen(s_rule, 0.5), Left, _y, Left + widths.Sum(), _y);
        }

        _y += 10;

        void DrawHeaderRow()
        {
            Gfx.DrawRectangle(new XSolidBrush(s_headerFill), Left, _y, widths.Sum(), headerHeight);
            var x = Left;
            for (var j = 0; j < columns; j++)
            {
                var ly = _y + CellPadY + TableSize;
                foreach (var line in headerLines[j])
                {
                    if (numericColumn[j])
                    {
                        PdfText.Draw(Gfx, _fonts, line, headerFont, new XSolidBrush(s_ink), x + widths[j] - CellPadX, ly, XStringFormats.BaseLineRight);
                    }
                    else
                    {
                        PdfText.Draw(Gfx, _fonts, line, headerFont, new XSolidBrush(s_ink), x + CellPadX, ly, XStringFormats.BaseLineLeft);
                    }

                    ly += lineHeight;
                }

                x += widths[j];
            }

            _y += headerHeight;
            Gfx.DrawLine(new XPen(s_muted, 0.6), Left, _y, Left + widths.Sum(), _y);
        }
    }

    private XFont CellFont(TableCell cell) => cell.Mono ? _fonts.Get(TableSize - 0.5, mono: true) : _fonts.Get(TableSize, bold: cell.Tone is CellTone.Good or CellTone.Fair or CellTone.Poor);

    private static XColor ToneColor(CellTone tone) => tone switch
    {
        CellTone.Good => PdfChartDrawer.Color(Palette.Series(0)),
        CellTone.Fair => PdfChartDrawer.Color(Palette.Series(1)),
        _ => PdfChartDrawer.Color(Palette.Series(3)),
    };

    private double[] ColumnWidths(TableBlock t)
    {
        var columns = t.Headers.Length;
        var natural = new double[columns];
        var full = new double[columns];
        var minimum = new double[columns];
        var headerFont = _fonts.Get(TableSize, bold: true);
        for (var j = 0; j < columns; j++)
        {
            natural[j] = Measure(t.Headers[j], headerFont);
            minimum[j] = t.Headers[j].Split(' ').Max(w => Measure(w, headerFont));
        }

        foreach (var row in t.Rows)
        {
            for (var j = 0; j < Math.Min(columns, row.Length); j++)
            {
                var font = CellFont(row[j]);
                var text = row[j].Text;
                var width = Measure(text, font);
                natural[j] = Math.Max(natural[j], Math.Min(width, 230));
                full[j] = Math.Max(full[j], width);
                var longestWord = row[j].Numeric ? Measure(text, font)
                    : row[j].Mono ? text.Split(' ', '/', '\\').Max(w => Measure(w + "/", font))
                    : text.Split(' ').Max(w => Measure(w, font));
                // A mono cell's longest unbreakable part (a file name, a SHA-256 of 64 digits) stays on one line up to
                // 280 pt, so hashes and names are never split inside.
                minimum[j] = Math.Max(minimum[j], Math.Min(longestWord, row[j].Mono ? 280 : row[j].Numeric ? 160 : 90));
            }
        }

        for (var j = 0; j < columns; j++)
        {
            // A column is never naturally narrower than its longest unbreakable part (a 64-digit SHA-256 is wider than the
            // natural cap for text).
            natural[j] = Math.Max(natural[j], minimum[j]) + 2 * CellPadX + 3;
            minimum[j] = Math.Min(natural[j], minimum[j] + 2 * CellPadX + 3);
        }

        var widths = new double[columns];
        var naturalSum = natural.Sum();
        if (naturalSum < ContentWidth)
        {
            // Text columns whose cells are longer than the natural cap would wrap into many short lines: they share the
            // rest of the width first (a two-column table of long warnings takes the page width, not a third of it).
            var longer = Enumerable.Range(0, columns).Where(j => full[j] + 2 * CellPadX + 3 > natural[j]).ToList();
            var extra = ContentWidth - naturalSum;
            var asked = longer.Sum(j => full[j] + 2 * CellPadX + 3 - natural[j]);
            foreach (var j in longer)
            {
                natural[j] += Math.Min(1, extra / asked) * (full[j] + 2 * CellPadX + 3 - natural[j]);
            }

            naturalSum = natural.Sum();
        }

        if (naturalSum <= ContentWidth + 1e-6)
        {
            var stretch = naturalSum > ContentWidth * 0.55 ? ContentWidth / naturalSum : 1;
            for (var j = 0; j < columns; j++)
            {
                widths[j] = natural[j] * stretch;
            }

            return widths;
        }

        var minimumSum = minimum.Sum();
        if (minimumSum >= ContentWidth)
        {
            for (var j = 0; j < columns; j++)
            {
                widths[j] = minimum[j] * ContentWidth / minimumSum;
            }

            return widths;
        }

        var slack = ContentWidth - minimumSum;
        var wanted = naturalSum - minimumSum;
        for (var j = 0; j < columns; j++)
        {
            widths[j] = minimum[j] + slack * (natural[j] - minimum[j]) / wanted;
        }

        return widths;
    }

    private double Measure(string text, XFont font)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (!_widths.TryGetValue((text, font), out var width))
        {
            width = PdfText.Measure(Gfx, _fonts, text, font);
            _widths[(text, font)] = width;
        }

        return width;
    }

    private string Shorten(string text, XFont font, double width)
    {
        if (Measure(text, font) <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && Measure(string.Concat(text.AsSpan(0, length), "…"), font) > width)
        {
            length--;
        }

        return string.Concat(text.AsSpan(0, length), "…");
    }

    private List<string> Wrap(string text, XFont font, double width, double firstLineIndent = 0)
    {
        var lines = new List<string>();
        double Room() => lines.Count == 0 ? width - firstLineIndent : width;
        if (string.IsNullOrEmpty(text))
        {
            lines.Add(string.Empty);
            return lines;
        }

        foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            // Widths add up word by word (PDFsharp measures without kerning), so each word is measured once.
            var space = Measure(" ", font);
            var current = string.Empty;
            double currentWidth = 0;
            foreach (var word in paragraph.Split(' '))
            {
                var wordWidth = Measure(word, font);
                var candidateWidth = current.Length == 0 ? wordWidth : currentWidth + space + wordWidth;
                if (candidateWidth <= Room())
                {
                    current = current.Length == 0 ? word : current + " " + word;
                    currentWidth = candidateWidth;
                    continue;
                }

                if (current.Length > 0 || (lines.Count == 0 && firstLineIndent > 0))
                {
                    // A first line shortened by a run-in lead may take no word at all; the text then starts below it.
                    lines.Add(current);
                    current = string.Empty;
                    currentWidth = 0;
                }

                // A word wider than the column is broken after a path separator (or another break character) when one
                // fits, so "data/train.csv" wraps as "data/" + "train.csv", never as "train.cs" + "v"; else between characters.
                var rest = word;
                while (rest.Length > 0 && Measure(rest, font) > width)
                {
                    var take = rest.Length - 1;
                    while (take > 1 && Measure(rest[..take], font) > width)
                    {
                        take--;
                    }

                    // A path breaks after a folder separator when one fits, so a file name ("mst-eps1.csv") stays whole;
                    // only a name longer than the line breaks after '-', '_' and the like.
                    var soft = rest.AsSpan(0, take).LastIndexOfAny(s_pathSeparators);
                    if (soft <= 0)
                    {
                        soft = rest.AsSpan(0, take).LastIndexOfAny(s_breakAfter);
                    }

                    if (soft > 0 && soft + 1 < rest.Length)
                    {
                        take = soft + 1;
                    }

                    lines.Add(rest[..take]);
                    rest = rest[take..];
                }

                current = rest;
                currentWidth = Measure(rest, font);
            }

            lines.Add(current);
        }

        return lines;
    }
}
