using System.Diagnostics;
using SynthAudit.Reports.Json;
using SynthAudit.Testing;

namespace SynthAudit.Auditing.Tests.Api;

public sealed class QuickstartTests : IDisposable
{
    private readonly AdultSlices _data = new();

    public void Dispose() => _data.Dispose();

    [Fact] // issue 13: samples/LibraryQuickstart gives the metric values of synthaudit audit with the same inputs and seed
    public async Task Quickstart_WritesAuditJsonWithTheCliMetricValues()
    {
        // Arrange
        var cli = await CliAudit.RunAsync(_data.Train, _data.Synthetic, _data.Holdout, _data.File("cli"));
        var outDir = _data.File("quickstart");

        // Act
        var (exit, output) = Run(QuickstartDll(), _data.Train, _data.Synthetic, _data.Holdout, outDir);

        // Assert
        Assert.True(exit == 0, output);
        SameMetrics.Assert(cli, AuditJsonReader.Read(Path.Combine(outDir, "audit.json")));
    }

    [Fact]
    public void Quickstart_IsUnderFortyLines()
    {
        // Arrange
        var program = Path.Combine(Path.GetDirectoryName(Fixtures.Root)!, "samples", "LibraryQuickstart", "Program.cs");

        // Act
        var lines = File.ReadAllLines(program).Length;

        // Assert
        Assert.InRange(lines, 1, 39);
    }

    /// <summary>The sample's build output (the test project references it, so it is built first), same configuration.</summary>
    private static string QuickstartDll()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var root = Path.GetDirectoryName(Fixtures.Root)!;
        return Path.Combine(root, "samples", "LibraryQuickstart", "bin", configuration, "net10.0", "LibraryQuickstart.dll");
    }

    private static (int Exit, string Output) Run(string dll, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
