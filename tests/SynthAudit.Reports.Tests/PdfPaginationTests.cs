using SynthAudit.Reports.Building;
using SynthAudit.Reports.Json;
using SynthAudit.Reports.Pdf;
using SynthAudit.Testing;

namespace SynthAudit.Reports.Tests;

/// <summary>The standard Adult audit report stays short and has no near-empty pages (issue 18): a page budget for the
/// whole PDF and for the detailed report, and no page less than a third full except the last page of a section.</summary>
/// <remarks>The audit is the committed result of <c>reports/regenerate.sh</c> (<c>fixtures/reports/adult-audit.json</c>),
/// so the test measures the real report in milliseconds; the fill comes from the layout's own page model.</remarks>
public sealed class PdfPaginationTests
{
    // Issue 18 asks for at most 25 pages for the whole standard audit: reviewer's pages R1-R10 (R1 alone on page 1),
    // the detailed report (sections 1-8, Appendix A; 19 pages alone) and the regulation appendices. It is 24 pages
    // (December 2026); the fill is where the last block on a page ends, which matches the rendered ink extent within 0.03.
    private const int MaxPages = 25;
    private const int MaxDetailPages = 20;
    private const double MinFill = 1.0 / 3;

    [Fact]
    public void Paginate_StandardAdultAudit_StaysWithinItsPageBudget()
    {
        // Arrange
        var audit = AuditJsonReader.Read(Fixtures.Path("reports", "adult-audit.json"));

        // Act
        var pages = PdfDocumentWriter.Paginate(AuditReportBuilder.Build(audit));

        // Assert: the whole report, reviewer's pages (issue 16) and appendices included
        Assert.InRange(pages.Count, 1, MaxPages);
    }

    [Fact]
    public void Paginate_StandardAdultAuditDetail_StaysWithinItsPageBudget()
    {
        // Arrange
        var audit = AuditJsonReader.Read(Fixtures.Path("reports", "adult-audit.json"));
        var document = AuditReportBuilder.Build(audit);
        var detail = document with { Sections = [.. document.Sections.Where(s => !Building.Review.ReviewerPagesBuilder.IsReviewSection(s))] };

        // Act
        var pages = PdfDocumentWriter.Paginate(detail);

        // Assert
        Assert.InRange(pages.Count, 1, MaxDetailPages);
    }

    [Fact]
    public void Paginate_StandardAdultAudit_NoPageUnderAThirdFullExceptSectionEnds()
    {
        // Arrange
        var audit = AuditJsonReader.Read(Fixtures.Path("reports", "adult-audit.json"));

        // Act
        var pages = PdfDocumentWriter.Paginate(AuditReportBuilder.Build(audit));

        // Assert
        var sparse = pages.Where(p => p.Fill < MinFill && !p.EndsSection)
            .Select(p => p.Number + ": " + p.Fill.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Empty(sparse);
    }

    [Fact]
    public void Write_StandardAdultAudit_PageCountMatchesPageModel()
    {
        // Arrange
        var audit = AuditJsonReader.Read(Fixtures.Path("reports", "adult-audit.json"));
        using var output = new MemoryStream();

        // Act
        PdfDocumentWriter.Write(AuditReportBuilder.Build(audit), output, audit.CreatedUtc, out var pages);
        using var pdf = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(output.ToArray()), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);

        // Assert
        Assert.Equal(pdf.PageCount, pages.Count);
        WriteForReview(output.ToArray(), pages);
    }

    /// <summary>Keeps a copy for looking at the pages (pdftoppm) when SYNTHAUDIT_PDF_REVIEW names a file.</summary>
    private static void WriteForReview(byte[] bytes, IReadOnlyList<PdfPageFill> pages)
    {
        var path = Environment.GetEnvironmentVariable("SYNTHAUDIT_PDF_REVIEW");
        if (!string.IsNullOrEmpty(path))
        {
            File.WriteAllBytes(path, bytes);
            File.WriteAllLines(path + ".fill.txt", pages.Select(p => p.ToString()));
        }
    }
}
