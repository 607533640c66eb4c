using System.Text.Json;

namespace SynthAudit.Cli.Tests.Audit;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_generates_dp_data_audits_it_and_writes_every_format()
    {
        // Arrange
        var dir = Directory.CreateTempSubdirectory("synthaudit-demo-").FullName;
        try
        {
            // Act
            var (exit, stdout, stderr) = await CliRunner.RunAsync("demo", "--out", dir);

            // Assert
            Assert.True(exit == 0, stderr);
            foreach (var ext in new[] { "pdf", "html", "json", "md" })
            {
                Assert.True(File.Exists(Path.Combine(dir, "audit." + ext)), "audit." + ext + " missing");
            }

            Assert.Contains("DP guarantee: mst, epsilon 1", stdout, StringComparison.Ordinal);
            using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "audit.json")));
            var root = doc.RootElement;
            Assert.Equal("mst", root.GetProperty("dpGuarantee").GetProperty("mechanism").GetString());
            Assert.Equal("public", root.GetProperty("dpGuarantee").GetProperty("domainSource").GetString());
            var metrics = root.GetProperty("metrics").EnumerateArray().ToList();
            Assert.Equal(Core.Metrics.MetricIds.All.Count, metrics.Count);
            var skipped = metrics.Where(m => m.GetProperty("status").GetString() != "ok").Select(m => m.GetProperty("id").GetString()).ToList();
            Assert.True(skipped.Count == 0, "skipped in the demo: " + string.Join(", ", skipped));
            var tstr = metrics.Single(m => m.GetProperty("id").GetString() == "utility.tstr").GetProperty("value").GetDouble();
            Assert.InRange(tstr, 0.7, 0.93);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
