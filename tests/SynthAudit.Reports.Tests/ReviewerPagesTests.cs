using System.Collections.Immutable;
using SynthAudit.Core.Results.Compliance;
using SynthAudit.Reports.Building;
using SynthAudit.Reports.Building.Review;
using SynthAudit.Reports.Document;
using SynthAudit.Reports.Html;
using SynthAudit.Reports.Markdown;

namespace SynthAudit.Reports.Tests;

/// <summary>The reviewer's pages open every audit report and the regulation appendices close it (issue 16).</summary>
public sealed class ReviewerPagesTests
{
    [Fact]
    public void Build_ReviewerSectionsComeFirst_R1AloneOnPageOne_ThenTheDetailRunsOn()
    {
        // Arrange
        var audit = SampleAudit.Create();

        // Act
        var document = AuditReportBuilder.Build(audit);

        // Assert
        var titles = document.Sections.Select(s => s.Title).ToList();
        Assert.Equal(["R1. Purpose and data lineage", "R2. Threat model", "R3. Identifier scan (HIPAA Safe Harbor, GDPR direct identifiers)",
            "R4. Privacy evidence", "R5. Differential privacy guarantee (NIST SP 800-226)", "R6. Fidelity, utility and fairness",
            "R7. Thresholds and their sources", "R8. Residual risk", "R9. Limitations: what was not tested", "R10. Decision"], titles.Take(10));
        Assert.Equal("1. Summary", titles[10]);
        // Page 1 (R1, the page that gets signed) stands alone; the detailed report runs on after R10 (issue 18).
        Assert.True(document.Sections[1].StartsNewPage);
        Assert.False(document.Sections[10].StartsNewPage);
        Assert.StartsWith("Appendix GDPR", titles[^2], StringComparison.Ordinal);
        Assert.StartsWith("Appendix NIST SP 800-226", titles[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(titles, t => t.StartsWith("Appendix HIPAA", StringComparison.Ordinal));
    }

    [Fact]
    public void FirstSection_CarriesThePrivacyVerdictAndItsFindings()
    {
        // Arrange: a privacy verdict with an exact-replay finding, as page 1 must show it (issue 12).
        var audit = SampleAudit.Create();
        var families = audit.Summary.Families.Select(f => f.Family == Core.Metrics.MetricFamily.Privacy
            ? f with { Verdict = "poor", Sentence = "Exact replay: 1,138 training rows that are unique in the real data appear verbatim in the synthetic data." }
            : f).ToImmutableArray();
        audit = audit with { Summary = audit.Summary with { Families = families } };

        // Act
        var first = AuditReportBuilder.Build(audit).Sections[0];

        // Assert
        var glance = first.Blocks.OfType<ParagraphBlock>().Single(b => b.Text.StartsWith("At a glance", StringComparison.Ordinal));
        Assert.Contains("privacy poor. Exact replay: 1,138 training rows", glance.Text, StringComparison.Ordinal);
        Assert.Equal(ParagraphStyle.Warning, glance.Style);
    }

    [Theory]
    [InlineData(null, "GHN")]
    [InlineData("gdpr", "GN")]
    [InlineData("hipaa", "HN")]
    [InlineData("internal", "N")]
    public void Appendices_FollowTheProfile(string? profile, string letters)
    {
        // Arrange
        var audit = SampleAudit.Create() with { Review = ReviewContext.None with { Profile = profile } };

        // Act
        var appendices = ReviewerPagesBuilder.Appendices(audit);

        // Assert
        Assert.Equal(letters, string.Concat(appendices.Select(s => s.Title["Appendix ".Length])));
    }

    [Fact]
    public void Reports_ShowThreatModelThresholdSourcesAndDecisionBlock_InEveryFormat()
    {
        // Arrange
        var audit = SampleAudit.Create();

        // Act
        var html = Render.Text(new HtmlRenderer(), audit);
        var md = MarkdownRenderer.Write(audit);

        // Assert
        foreach (var text in new[] { html, md })
        {
            Assert.Contains("age, sex, race, native-country", text, StringComparison.Ordinal);
            Assert.Contains("WP216 section 3.1 (criterion); number: SynthAudit convention", text, StringComparison.Ordinal);
            Assert.Contains("EDPB Opinion 28/2024 para. 43", text, StringComparison.Ordinal);
            Assert.Contains("R8. Residual risk", text, StringComparison.Ordinal);
            Assert.Contains("R9. Limitations", text, StringComparison.Ordinal);
            Assert.Contains("R10. Decision", text, StringComparison.Ordinal);
            Assert.Contains("Data protection officer", text, StringComparison.Ordinal);
            Assert.Contains("gives evidence for a decision that belongs to the data controller", text, StringComparison.Ordinal);
        }

        Assert.True(md.IndexOf("R1. Purpose", StringComparison.Ordinal) < md.IndexOf("### Detail", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_NeverSayAnonymousOrCompliant()
    {
        // Arrange
        var audit = SampleAudit.Create();

        // Act
        var texts = new[] { Render.Text(new HtmlRenderer(), audit), MarkdownRenderer.Write(audit) };

        // Assert
        foreach (var text in texts)
        {
            Assert.DoesNotContain("anonymous", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("compliant", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void DecisionBlock_IsBlankForASignature_UntilTheConfigFillsIt()
    {
        // Arrange
        var blank = SampleAudit.Create() with { Review = ReviewContext.None };
        var filled = SampleAudit.Create() with
        {
            Review = ReviewContext.None with { Decision = new ReviewDecision("A. Reviewer", "DPO", "2026-12-06", "release", "contract only") },
        };

        // Act
        var blankDecision = ReviewerPagesBuilder.Build(blank)[^1];
        var filledDecision = ReviewerPagesBuilder.Build(filled)[^1];

        // Assert
        var blankTable = Assert.IsType<Document.TableBlock>(blankDecision.Blocks[1]);
        Assert.All(blankTable.Rows, r => Assert.StartsWith("____", r[1].Text, StringComparison.Ordinal));
        var filledTable = Assert.IsType<Document.TableBlock>(filledDecision.Blocks[1]);
        Assert.Equal(["A. Reviewer", "DPO", "2026-12-06", "release", "contract only"], filledTable.Rows.Take(5).Select(r => r[1].Text));
    }
}
