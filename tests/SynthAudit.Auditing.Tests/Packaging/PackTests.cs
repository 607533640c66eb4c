using System.Diagnostics;
using System.IO.Compression;
using SynthAudit.Testing;

namespace SynthAudit.Auditing.Tests.Packaging;

public sealed class PackTests : IDisposable
{
    private static readonly string[] s_libraries =
        ["SynthAudit.Core", "SynthAudit.Metrics", "SynthAudit.Generation", "SynthAudit.Reports", "SynthAudit.Reports.Pdf", "SynthAudit.Sql", "SynthAudit.Auditing"];

    private readonly AdultSlices _data = new(trainRows: 400, holdoutRows: 200, syntheticRows: 300);

    public void Dispose() => _data.Dispose();

    [Fact] // issue 13: dotnet pack yields the library packages; a fresh project installs them from a folder feed and audits
    public void Pack_ThenAFreshProjectFromTheFolderFeed_RunsAnAudit()
    {
        // Arrange
        var root = Path.GetDirectoryName(Fixtures.Root)!;
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var feed = Directory.CreateDirectory(_data.File("feed")).FullName;
        var (packExit, packOutput) = Dotnet(root, "pack", Path.Combine(root, "SynthAudit.sln"), "--no-build", "-c", configuration, "-o", feed);
        Assert.True(packExit == 0, packOutput);
        var consumer = WriteConsumer(feed);

        // Act
        var (exit, output) = Dotnet(consumer, "run", "--project", consumer, "--", _data.Train, _data.Synthetic, _data.Holdout);

        // Assert
        Assert.True(exit == 0, output);
        Assert.Contains("fidelity.ks_complement", output, StringComparison.Ordinal);
        foreach (var id in s_libraries)
        {
            var package = Path.Combine(feed, id + ".0.1.0.nupkg");
            Assert.True(File.Exists(package), id + " package missing");
            Assert.True(File.Exists(Path.Combine(feed, id + ".0.1.0.snupkg")), id + " symbols missing");
            using var zip = ZipFile.OpenRead(package);
            Assert.Contains(zip.Entries, e => e.FullName == "README.md");
            Assert.Contains(zip.Entries, e => e.FullName == "lib/net10.0/" + id + ".xml");
            using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            var text = nuspec.ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", text, StringComparison.Ordinal);
        }

        Assert.True(File.Exists(Path.Combine(feed, "SynthAudit.Cli.0.1.0.nupkg")), "tool package missing");
    }

    /// <summary>A console project outside the repository (no Directory.*.props apply) that references SynthAudit.Auditing
    /// 0.1.0 from the folder feed, with its own package folder so a cached build of the package cannot be used instead.</summary>
    private string WriteConsumer(string feed)
    {
        var dir = Directory.CreateDirectory(_data.File("consumer")).FullName;
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(dir, "packages")}" /></config>
              <packageSources>
                <add key="synthaudit-feed" value="{feed}" />
                <add key="restored-packages" value="{globalPackages}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <NoWarn>$(NoWarn);NU1603</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SynthAudit.Auditing" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using SynthAudit.Auditing;
            var result = Auditor.Run(TableSource.FromFile(args[0]), TableSource.FromFile(args[1]), new AuditOptions
            {
                Holdout = TableSource.FromFile(args[2]),
                BootstrapResamples = 10,
                Metrics = ["fidelity.ks_complement", "privacy.dcr_share"],
            });
            foreach (var m in result.Metrics)
            {
                Console.WriteLine(m.Metric.Id + " " + m.Value);
            }
            """);
        return dir;
    }

    private static (int Exit, string Output) Dotnet(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // The test host's MSBuild settings must not leak into the child builds.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
