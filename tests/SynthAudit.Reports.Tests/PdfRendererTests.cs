using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using SynthAudit.Reports.Pdf;

namespace SynthAudit.Reports.Tests;

public sealed class PdfRendererTests
{
    private static readonly string[] s_sections =
        ["1. Summary", "2. Provenance", "3. Data and schema", "4. Fidelity", "5. Utility", "6. Bias and fairness", "7. Privacy", "8. Methods"];

    [Fact]
    public void Render_Sample_HasSectionsInTheOutlineAndPages()
    {
        // Act
        var bytes = Render.Bytes(new PdfRenderer(), SampleAudit.Create());
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);

        // Assert
        Assert.InRange(pdf.PageCount, s_sections.Length, 55);
        var outline = pdf.Outlines.Select(o => o.Title).ToList();
        // The reviewer's pages (R1-R10) open the report and the regulation appendices close it (issue 16).
        Assert.Equal("R1. Purpose and data lineage", outline[0]);
        Assert.Equal(s_sections, outline.Where(t => !IsReviewTitle(t)));
    }

    private static bool IsReviewTitle(string title) =>
        (title.Length > 1 && title[0] == 'R' && char.IsDigit(title[1])) || title.StartsWith("Appendix GDPR", StringComparison.Ordinal)
        || title.StartsWith("Appendix HIPAA", StringComparison.Ordinal) || title.StartsWith("Appendix NIST", StringComparison.Ordinal);

    [Fact]
    public void Render_Sample_EmbedsEveryFont()
    {
        // Act
        var bytes = Render.Bytes(new PdfRenderer(), SampleAudit.Create());
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);

        // Assert
        var fonts = pdf.Internals.GetAllObjects().OfType<PdfDictionary>()
            .Where(d => d.Elements.GetName("/Type") == "/FontDescriptor").ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Elements.ContainsKey("/FontFile2"), f.Elements.GetName("/FontName") + " is not embedded"));
        var names = fonts.Select(f => f.Elements.GetName("/FontName")).ToList();
        Assert.Contains(names, n => n.EndsWith("+DejaVu Sans", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith("+DejaVu Sans,Bold", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith("+DejaVu Sans Mono", StringComparison.Ordinal));
        var baseFonts = pdf.Internals.GetAllObjects().OfType<PdfDictionary>().Where(d => d.Elements.GetName("/Type") == "/Font").ToList();
        Assert.All(baseFonts, f => Assert.Contains("DejaVu", f.Elements.GetName("/BaseFont"), StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Sample_ProducerNamesPdfSharpWithoutAgpl()
    {
        // Act
        var bytes = Render.Bytes(new PdfRenderer(), SampleAudit.Create());
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);

        // Assert: the project is MIT; PDFsharp 6.5 wrote "(AGPL license)" into this field, 6.2.4 (MIT) does not
        Assert.StartsWith("PDFsharp 6.2.4", pdf.Info.Producer, StringComparison.Ordinal);
        Assert.DoesNotContain("AGPL", pdf.Info.Producer, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_Sample_StartsWithPdfHeaderAndIsDeterministic()
    {
        // Act
        var first = Render.Bytes(new PdfRenderer(), SampleAudit.Create());
        var second = Render.Bytes(new PdfRenderer(), SampleAudit.Create());

        // Assert
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(first, 0, 5));
        Assert.Equal(first.Length, second.Length);
    }

    [Fact]
    public void RenderComparison_Sample_HasOutline()
    {
        // Act
        var bytes = Render.Bytes(new PdfComparisonRenderer(), SampleAudit.Comparison());
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);

        // Assert
        Assert.Equal(["R1. Purpose and threat model (all candidates)", "R2. Cited thresholds per candidate", "R3. What this comparison does not show",
            "1. Summary", "2. Leaderboard", "3. Significant differences", "4. Provenance", "5. Methods"], pdf.Outlines.Select(o => o.Title).ToList());
    }

    [Fact]
    public void FontResolver_AnyFamily_ResolvesToEmbeddedDejaVu()
    {
        // Arrange
        var resolver = new EmbeddedFontResolver();

        // Act
        var arial = resolver.ResolveTypeface("Arial", bold: true, italic: false);
        var mono = resolver.ResolveTypeface(EmbeddedFontResolver.MonoFamily, bold: false, italic: false);

        // Assert
        Assert.Equal("DejaVuSans-Bold", arial!.FaceName);
        Assert.Equal("DejaVuSansMono", mono!.FaceName);
        Assert.True(resolver.GetFont("DejaVuSans")!.Length > 100_000);
        Assert.Contains("Bitstream", EmbeddedFontResolver.LicenseText(), StringComparison.Ordinal);
    }
}
