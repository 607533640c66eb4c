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
        var writer = new ReportWriter<AuditResult>([new JsonRenderer(), new FailingRenderer()]);

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
        var writer = new ReportWriter<AuditResult>([new JsonRenderer(), new PdfRenderer(), new HtmlRenderer(), new MarkdownRenderer()]);

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
            await new ReportWriter<AuditResult>([new JsonRenderer(), new PdfRenderer(), new HtmlRenderer(), new MarkdownRenderer()])
                .WriteAsync(SampleAudit.Create(), dir, ["json", "pdf", "html", "md"], "audit", CancellationToken.None);
            foreach (var renderer in new IDocumentRenderer<ComparisonResult>[] { new ComparisonJsonRenderer(), new PdfComparisonRenderer(), new HtmlComparisonRenderer(), new MarkdownComparisonRenderer() })
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

    [Fact]
    public async Task WriteAsync_FewerFormatsThanLastRun_RemovesTheStaleFormatsOfTheSameName()
    {
        // Arrange: a previous run wrote json and md; this one writes json only. A file of another name stays.
        var dir = Path.Combine(Path.GetTempPath(), "synthaudit-writer-" + Guid.NewGuid().ToString("N"));
        var writer = new ReportWriter<AuditResult>([new JsonRenderer(), new HtmlRenderer(), new MarkdownRenderer()]);
        await writer.WriteAsync(SampleAudit.Create(), dir, ["json", "md"], "audit", CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(dir, "notes.md"), "mine");

        try
        {
            // Act
            var written = await writer.WriteAsync(SampleAudit.Create(), dir, ["json"], "audit", CancellationToken.None);

            // Assert
            Assert.Equal(["audit.json", "notes.md"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(Path.Combine(dir, "audit.json"), Assert.Single(written).Path);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task WriteAsync_RendererFailsOverAnEarlierRun_LeavesTheEarlierFilesUntouched()
    {
        // Arrange
        var dir = Path.Combine(Path.GetTempPath(), "synthaudit-writer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "audit.json"), "old json");
        await File.WriteAllTextAsync(Path.Combine(dir, "audit.html"), "old html");
        var writer = new ReportWriter<AuditResult>([new JsonRenderer(), new FailingRenderer()]);

        try
        {
            // Act
            await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(SampleAudit.Create(), dir, ["json", "html"], "audit", CancellationToken.None));

            // Assert: no new file, no staging folder, the old pair intact
            Assert.Equal(["audit.html", "audit.json"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal("old json", await File.ReadAllTextAsync(Path.Combine(dir, "audit.json")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact] // issue 18: a failed re-run leaves the previous report set intact and unmixed
    public async Task WriteAsync_MoveFailsMidSet_RestoresTheWholePreviousSet()
    {
        // Arrange: an earlier run's set; this run's third file cannot be moved into place (a folder holds its name), so the
        // failure comes after audit.json and audit.html were already replaced.
        var dir = Path.Combine(Path.GetTempPath(), "synthaudit-writer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "audit.json"), "old json");
        await File.WriteAllTextAsync(Path.Combine(dir, "audit.html"), "old html");
        Directory.CreateDirectory(Path.Combine(dir, "audit.md"));
        var writer = new ReportWriter<AuditResult>([new JsonRenderer(), new HtmlRenderer(), new MarkdownRenderer()]);

        try
        {
            // Act
            await Assert.ThrowsAnyAsync<IOException>(() => writer.WriteAsync(SampleAudit.Create(), dir, ["json", "html", "md"], "audit", CancellationToken.None));

            // Assert: the earlier files are back, unmixed, and no staging folder is left
            Assert.Equal(["audit.html", "audit.json", "audit.md"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal("old json", await File.ReadAllTextAsync(Path.Combine(dir, "audit.json")));
            Assert.Equal("old html", await File.ReadAllTextAsync(Path.Combine(dir, "audit.html")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task ReportSet_SeveralDocumentsAndFolders_WrittenTogetherInOrderWithHashes()
    {
        // Arrange: a comparison-shaped run, compare.json plus one audit.json per candidate
        var dir = Path.Combine(Path.GetTempPath(), "synthaudit-writer-" + Guid.NewGuid().ToString("N"));
        var set = new ReportSet();
        await new ReportWriter<ComparisonResult>([new ComparisonJsonRenderer()]).AddToAsync(set, SampleAudit.Comparison(), ["json"], "compare", CancellationToken.None);
        var audits = new ReportWriter<AuditResult>([new JsonRenderer()]);
        await audits.AddToAsync(set, SampleAudit.Create(), ["json"], "gen-a/audit", CancellationToken.None);
        await audits.AddToAsync(set, SampleAudit.Create(), ["json"], "gen-b/audit", CancellationToken.None);

        try
        {
            // Act
            var written = set.WriteTo(dir);

            // Assert
            Assert.Equal([Path.Combine(dir, "compare.json"), Path.Combine(dir, "gen-a", "audit.json"), Path.Combine(dir, "gen-b", "audit.json")],
                written.Select(w => w.Path));
            Assert.All(written, w => Assert.Equal(AtomicFileHash(w.Path), w.Sha256));
            Assert.Equal(["compare.json", "gen-a", "gen-b"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(Render.Bytes(new JsonRenderer(), SampleAudit.Create()).Length, new FileInfo(Path.Combine(dir, "gen-a", "audit.json")).Length);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ReportSet_PathLeavingTheOutputFolder_Throws()
    {
        // Arrange
        var set = new ReportSet();

        // Act + Assert
        Assert.Throws<ArgumentException>(() => set.Add("json", "../audit.json", [1]));
    }

    private static string AtomicFileHash(string path) => Core.IO.AtomicFile.Sha256(path);

    private sealed class FailingRenderer : IDocumentRenderer<AuditResult>
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
