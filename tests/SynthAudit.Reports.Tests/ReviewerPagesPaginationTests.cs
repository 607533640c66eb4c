using SynthAudit.Reports.Building;
using SynthAudit.Reports.Building.Review;
using SynthAudit.Reports.Json;
using SynthAudit.Reports.Pdf;
using SynthAudit.Testing;

namespace SynthAudit.Reports.Tests;

/// <summary>The reviewer's pages of the standard Adult audit fit the first pages of the PDF (issue 16: "a reviewer needs a
/// different first five pages").</summary>
public sealed class ReviewerPagesPaginationTests
{
    private const int MaxReviewerPages = 6;

    [Fact]
    public void Paginate_StandardAdultAudit_ReviewerPagesFitTheFirstPages()
    {
        // Arrange
        var audit = AuditJsonReader.Read(Fixtures.Path("reports", "adult-audit.json"));
        var document = AuditReportBuilder.Build(audit);
        var reviewer = document with { Sections = [.. document.Sections.TakeWhile(ReviewerPagesBuilder.IsReviewSection)] };

        // Act
        var pages = PdfDocumentWriter.Paginate(reviewer);

        // Assert
        Assert.Equal(10, reviewer.Sections.Length);
        Assert.InRange(pages.Count, 1, MaxReviewerPages);
    }
}
