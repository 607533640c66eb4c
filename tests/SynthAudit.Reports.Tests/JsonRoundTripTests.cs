using SynthAudit.Reports.Json;

namespace SynthAudit.Reports.Tests;

public sealed class JsonRoundTripTests
{
    [Fact]
    public void WriteReadWrite_Sample_GivesIdenticalBytes()
    {
        // Arrange
        var first = Render.Bytes(new JsonRenderer(), SampleAudit.Create(SampleAudit.HostileName));
        var path = Path.Combine(Path.GetTempPath(), "synthaudit-roundtrip-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllBytes(path, first);

        try
        {
            // Act
            var read = AuditJsonReader.Read(path);
            var second = Render.Bytes(new JsonRenderer(), read);

            // Assert
            Assert.Equal(first, second);
            Assert.NotNull(read.DpGuarantee);
            Assert.Equal(3, read.DpGuarantee!.Ledger.Length);
            Assert.Contains(read.Metrics, m => m.Figures.Length > 0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Render_GermanCulture_WritesInvariantNumbers()
    {
        // Act
        var invariant = Render.InCulture("", () => Render.Text(new JsonRenderer(), SampleAudit.Create()));
        var german = Render.InCulture("comma", () => Render.Text(new JsonRenderer(), SampleAudit.Create()));

        // Assert
        Assert.Equal(invariant, german);
        Assert.Contains("\"value\": 0.934", german, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderComparison_Sample_EmbedsEveryAudit()
    {
        // Act
        var json = Render.Text(new ComparisonJsonRenderer(), SampleAudit.Comparison());
        using var doc = System.Text.Json.JsonDocument.Parse(json);

        // Assert
        Assert.Equal(3, doc.RootElement.GetProperty("generators").GetArrayLength());
        Assert.Equal(5, doc.RootElement.GetProperty("leaderboard").GetArrayLength());
        Assert.Equal("fidelity.quality_score", doc.RootElement.GetProperty("generators")[0].GetProperty("audit").GetProperty("metrics")[9].GetProperty("id").GetString());
    }
}
