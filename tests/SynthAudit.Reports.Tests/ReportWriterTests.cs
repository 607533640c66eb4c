using SynthAudit.Core.Results;
using SynthAudit.Reports.Html;
using SynthAudit.Reports.Json;
using SynthAudit.Reports.Markdown;
using SynthAudit.Reports.Pdf;

namespace SynthAudit.Reports.Tests;

public sealed class ReportWriterTests
{
    [Fact]
    public async Task WriteAsync_RendererFails_LeavesNoFile()
    {
        // Arrange
        var dir = Path.Combine(Path.GetTempPath(), "synthaudit-writer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var writer = new ReportWriter([new JsonRenderer(), new FailingRenderer()]);

        try
        {
            // Act
            await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(SampleAudit.Create(), dir, ["json", "html"], "audit", CancellationToken.None));

            // Assert
            Assert.Empty(Directory.GetFiles(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task WriteAsync_AllFormats_WritesFourFiles()
    {
        // Arrange
        var dir = Path.Combine(Path.GetTempPath(), "synthaudit-writer-" + Guid.NewGuid().ToString("N"));
        var writer = new ReportWriter([new JsonRenderer(), new PdfRenderer(), new HtmlRenderer(), new MarkdownRenderer()]);

        try
        {
            // Act
            var written = await writer.WriteAsync(SampleAudit.Create(), dir, ["json", "pdf", "html", "md"], "audit", CancellationToken.None);

            // Assert
            Assert.Equal(["audit.html", "audit.json", "audit.md", "audit.pdf"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.All(written, w => Assert.Equal(64, w.Sha256.Length));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public async Task WriteAsync_DumpDirectorySet_WritesSamplesForReview()
    {
        // Arrange: set SYNTHAUDIT_DUMP_DIR to look at the sample reports (e.g. render the PDF pages to PNG).
        var dir = Environment.GetEnvironmentVariable("SYNTHAUDIT_DUMP_DIR");
        if (string.IsNullOrEmpty(dir))
        {
            return;
        }

        // Act
        await new ReportWriter([new JsonRenderer(), new PdfRenderer(), new HtmlRenderer(), new MarkdownRenderer()])
            .WriteAsync(SampleAudit.Create(), dir, ["json", "pdf", "html", "md"], "audit", CancellationToken.None);
        foreach (var renderer in new IComparisonRenderer[] { new ComparisonJsonRenderer(), new PdfComparisonRenderer(), new HtmlComparisonRenderer(), new MarkdownComparisonRenderer() })
        {
            await File.WriteAllBytesAsync(Path.Combine(dir, "compare" + renderer.FileExtension), Render.Bytes(renderer, SampleAudit.Comparison()));
        }

        // Assert
        Assert.True(File.Exists(Path.Combine(dir, "audit.pdf")));
    }

    private sealed class FailingRenderer : IReportRenderer
    {
        public string Format => "html";

        public string FileExtension => ".html";

        public async Task RenderAsync(AuditResult result, Stream output, CancellationToken ct)
        {
            await output.WriteAsync(new byte[] { 1, 2, 3 }, ct);
            throw new InvalidOperationException("boom");
        }
    }
}
