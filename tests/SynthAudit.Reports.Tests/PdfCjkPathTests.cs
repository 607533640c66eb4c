using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using SynthAudit.Core.Results;
using SynthAudit.Reports.Pdf;

namespace SynthAudit.Reports.Tests;

/// <summary>CJK characters in paths render with the embedded fallback font; characters no font has are written visibly
/// (issue 18: paths rendered as boxes).</summary>
public sealed class PdfCjkPathTests
{
    [Fact]
    public void Render_CjkSyntheticPath_EmbedsTheFallbackFont()
    {
        // Arrange
        var sample = SampleAudit.Create();
        var audit = sample with
        {
            Inputs = [.. sample.Inputs.Select(i => i.Role == "synthetic" ? new InputInfo(i.Role, "out/合成データ/한국어/train.csv", i.Sha256, i.Rows, i.Columns) : i)],
        };

        // Act
        var bytes = Render.Bytes(new PdfRenderer(), audit);
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);

        // Assert
        var names = pdf.Internals.GetAllObjects().OfType<PdfDictionary>()
            .Where(d => d.Elements.GetName("/Type") == "/FontDescriptor").Select(d => d.Elements.GetName("/FontName")).ToList();
        Assert.Contains(names, n => n.Contains("Droid Sans Fallback", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_LatinOnly_DoesNotEmbedTheFallbackFont()
    {
        // Act
        var bytes = Render.Bytes(new PdfRenderer(), SampleAudit.Create());
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);

        // Assert
        var names = pdf.Internals.GetAllObjects().OfType<PdfDictionary>()
            .Where(d => d.Elements.GetName("/Type") == "/FontDescriptor").Select(d => d.Elements.GetName("/FontName")).ToList();
        Assert.DoesNotContain(names, n => n.Contains("Droid", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("data/train.csv", "data/train.csv")]
    [InlineData("データ/train.csv", "データ/train.csv")]
    [InlineData("a/\U00020000.csv", "a/[U+20000].csv")]
    [InlineData("㐀x", "[U+3400]x")]
    public void Visible_Text_EscapesOnlyWhatNoFontHas(string text, string expected)
    {
        // Act
        var visible = PdfText.Visible(text);

        // Assert
        Assert.Equal(expected, visible);
    }
}
