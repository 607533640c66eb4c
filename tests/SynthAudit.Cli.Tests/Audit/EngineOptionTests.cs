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
    public async Task Compare_engine_duckdb_gives_each_set_its_own_duckdb_audit_values()
    {
        // Arrange
        var real = TinyData.Write(_folder, "real.csv", 300, 1);
        var a = TinyData.Write(_folder, "a.csv", 250, 2, shift: 1);
        var b = TinyData.Write(_folder, "b.csv", 200, 3, shift: 4);

        // Act
        var compare = await CliRunner.RunAsync("compare", "--real", real, "--synthetic", "a=" + a, "--synthetic", "b=" + b, "--no-ledger",
            "--format", "json", "--bootstrap", "5", "--engine", "duckdb", "--out", _folder.File("cmp"));
        var audit = await CliRunner.RunAsync("audit", "--real", real, "--synthetic", b, "--no-ledger", "--format", "json",
            "--bootstrap", "5", "--engine", "duckdb", "--out", _folder.File("single"));

        // Assert
        Assert.True(compare.Exit == 0, compare.Err);
        Assert.True(audit.Exit == 0, audit.Err);
        var fromCompare = Read(Path.Combine(_folder.File("cmp"), "b", "audit.json"));
        var fromAudit = Read(Path.Combine(_folder.File("single"), "audit.json"));
        Assert.Equal("duckdb", fromCompare.GetProperty("settings").GetProperty("engine").GetString());
        Assert.Equal(fromAudit.GetProperty("settings").GetProperty("engineScope").GetString(),
            fromCompare.GetProperty("settings").GetProperty("engineScope").GetString());
        Assert.Equal(fromAudit.GetProperty("metrics").GetRawText(), fromCompare.GetProperty("metrics").GetRawText());
    }

    [Theory]
    [InlineData("audit")]
    [InlineData("compare")]
    public async Task Engine_duckdb_with_a_datetime_column_exits_2_with_one_line_and_writes_nothing(string verb)
    {
        // Arrange
        var csv = "day,x\n" + string.Concat(Enumerable.Range(0, 60).Select(i => "2024-02-" + (1 + (i % 7)).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "," + (i % 5) + "\n"));
        var real = _folder.Write("real.csv", csv);
        var synthetic = _folder.Write("synthetic.csv", csv);
        string[] sets = verb == "audit" ? ["--synthetic", synthetic] : ["--synthetic", "a=" + synthetic, "--synthetic", "b=" + synthetic];

        // Act
        var (exit, _, error) = await CliRunner.RunAsync([verb, "--real", real, .. sets, "--no-ledger", "--engine", "duckdb", "--out", _folder.File("out")]);

        // Assert
        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("duckdb does not read datetime columns", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.File("out")));
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

    private static JsonElement Read(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
}
