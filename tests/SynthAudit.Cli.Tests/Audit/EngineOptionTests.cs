using System.Text.Json;
using SynthAudit.Cli.Tests.Cli;

namespace SynthAudit.Cli.Tests.Audit;

/// <summary><c>audit --engine</c> (issue 17).</summary>
public sealed class EngineOptionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Engine_duckdb_records_the_engine_and_gives_the_in_process_ks_value()
    {
        // Arrange
        var real = TinyData.Write(_folder, "real.csv", 300, 1);
        var synthetic = TinyData.Write(_folder, "synthetic.csv", 250, 2, shift: 1);

        // Act
        var results = new Dictionary<string, JsonElement>();
        foreach (var engine in new[] { "inprocess", "duckdb" })
        {
            var (exit, _, error) = await CliRunner.RunAsync("audit", "--real", real, "--synthetic", synthetic, "--no-ledger", "--format", "json",
                "--bootstrap", "5", "--engine", engine, "--out", _folder.File(engine));
            Assert.True(exit == 0, error);
            results[engine] = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder.File(engine), "audit.json"))).RootElement.Clone();
        }

        // Assert
        static double Ks(JsonElement audit) => audit.GetProperty("metrics").EnumerateArray()
            .First(m => m.GetProperty("id").GetString() == "fidelity.ks_complement").GetProperty("value").GetDouble();
        Assert.Equal(Ks(results["inprocess"]), Ks(results["duckdb"]), 1e-12);
        Assert.Equal("duckdb", results["duckdb"].GetProperty("settings").GetProperty("engine").GetString());
        Assert.False(results["inprocess"].GetProperty("settings").TryGetProperty("engine", out _));
    }

    [Fact]
    public async Task Unknown_engine_exits_2()
    {
        // Arrange
        var real = TinyData.Write(_folder, "real.csv", 50, 1);

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("audit", "--real", real, "--synthetic", real, "--engine", "spark", "--no-ledger");

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("spark", error, StringComparison.Ordinal);
    }
}
