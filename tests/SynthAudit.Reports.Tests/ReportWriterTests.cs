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
    public async Task WriteAsync_SampleAuditAndComparison_WritesEveryFormat()
    {
        // Arrange: runs always, into a temporary folder; set SYNTHAUDIT_DUMP_DIR to keep the sample reports
        // for review (e.g. render the PDF pages to PNG).
        var keep = Environment.GetEnvironmentVariable("SYNTHAUDIT_DUMP_DIR");
        var dir = string.IsNullOrEmpty(keep)
            ? Path.Combine(Path.GetTempPath(), "synthaudit-samples-" + Guid.NewGuid().ToString("N"))
            : keep;
        Directory.CreateDirectory(dir);

        try
        {
            // Act
            await new ReportWriter([new JsonRenderer(), new PdfRenderer(), new HtmlRenderer(), new MarkdownRenderer()])
                .WriteAsync(SampleAudit.Create(), dir, ["json", "pdf", "html", "md"], "audit", CancellationToken.None);
            foreach (var renderer in new IComparisonRenderer[] { new ComparisonJsonRenderer(), new PdfComparisonRenderer(), new HtmlComparisonRenderer(), new MarkdownComparisonRenderer() })
            {
                await File.WriteAllBytesAsync(Path.Combine(dir, "compare" + renderer.FileExtension), Render.Bytes(renderer, SampleAudit.Comparison()));
            }

            // Assert
            foreach (var name in new[] { "audit", "compare" })
            {
                foreach (var extension in new[] { ".json", ".pdf", ".html", ".md" })
                {
                    var path = Path.Combine(dir, name + extension);
                    Assert.True(File.Exists(path), path + " missing");
                    Assert.True(new FileInfo(path).Length > 200, path + " is nearly empty");
                }
            }

            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(dir, "audit.pdf")), 0, 5), StringComparison.Ordinal);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(dir, "compare.pdf")), 0, 5), StringComparison.Ordinal);
        }
        finally
        {
            if (string.IsNullOrEmpty(keep))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
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
