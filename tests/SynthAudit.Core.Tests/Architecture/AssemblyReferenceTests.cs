using System.Reflection;
using SynthAudit.Core.Data;

namespace SynthAudit.Core.Tests.Architecture;

/// <summary>Guards the dependency arrows of STYLE.md section 1: Core ← Metrics, Core ← Generation, Core ← Reports ← Reports.Pdf,
/// Core ← Auditing (the application layer, over every library), Cli → everything.</summary>
public sealed class AssemblyReferenceTests
{
    private static readonly string[] s_libraries =
        ["SynthAudit.Core", "SynthAudit.Metrics", "SynthAudit.Generation", "SynthAudit.Reports", "SynthAudit.Reports.Pdf", "SynthAudit.Sql", "SynthAudit.Auditing"];

    private static string[] References(string assembly) =>
        Assembly.Load(new AssemblyName(assembly)).GetReferencedAssemblies().Select(a => a.Name!).ToArray();

    private static string[] OurReferences(string assembly) =>
        References(assembly).Where(n => n.StartsWith("SynthAudit.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Core_ReferencesNoOtherSynthAuditAssembly()
    {
        // Arrange / Act
        var ours = typeof(Table).Assembly.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("SynthAudit.", StringComparison.Ordinal));

        // Assert
        Assert.Empty(ours);
    }

    [Fact]
    public void Core_ReferencesNoPackageButCsvHelper()
    {
        // Arrange / Act
        var packages = References("SynthAudit.Core")
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && !n.StartsWith("Microsoft.", StringComparison.Ordinal)
                && n is not ("netstandard" or "mscorlib"));

        // Assert
        Assert.All(packages, n => Assert.Equal("CsvHelper", n));
    }

    [Theory]
    [InlineData("SynthAudit.Metrics")]
    [InlineData("SynthAudit.Generation")]
    [InlineData("SynthAudit.Reports")]
    public void Library_ReferencesOnlyCoreAmongOurs(string assembly)
    {
        // Arrange / Act
        var ours = OurReferences(assembly);

        // Assert
        Assert.All(ours, n => Assert.Equal("SynthAudit.Core", n));
    }

    [Fact]
    public void Metrics_ReferencesCore_SoTheGuardsSeeReferences()
    {
        // Arrange / Act
        var ours = OurReferences("SynthAudit.Metrics");

        // Assert: without this the guards above could pass on an empty list
        Assert.Contains("SynthAudit.Core", ours);
    }

    [Fact]
    public void ReportsPdf_ReferencesOnlyCoreAndReportsAmongOurs()
    {
        // Arrange / Act
        var ours = OurReferences("SynthAudit.Reports.Pdf");

        // Assert
        Assert.All(ours, n => Assert.Contains(n, new[] { "SynthAudit.Core", "SynthAudit.Reports" }));
    }

    [Theory]
    [InlineData("SynthAudit.Core")]
    [InlineData("SynthAudit.Metrics")]
    [InlineData("SynthAudit.Generation")]
    [InlineData("SynthAudit.Reports")]
    public void OnlyReportsPdf_ReferencesPdfSharp(string assembly)
    {
        // Arrange / Act
        var pdf = References(assembly).Where(n => n.StartsWith("PdfSharp", StringComparison.OrdinalIgnoreCase));

        // Assert
        Assert.Empty(pdf);
    }

    [Theory]
    [InlineData("SynthAudit.Core")]
    [InlineData("SynthAudit.Metrics")]
    [InlineData("SynthAudit.Generation")]
    public void Foundation_ReferencesNeitherReportsNorAuditing(string assembly)
    {
        // Arrange / Act
        var offending = OurReferences(assembly).Where(n => n.StartsWith("SynthAudit.Reports", StringComparison.Ordinal) || n == "SynthAudit.Auditing");

        // Assert
        Assert.Empty(offending);
    }

    [Theory]
    [InlineData("SynthAudit.Core")]
    [InlineData("SynthAudit.Metrics")]
    [InlineData("SynthAudit.Generation")]
    [InlineData("SynthAudit.Reports")]
    [InlineData("SynthAudit.Reports.Pdf")]
    public void OnlyAuditing_ReferencesParquetAndDataFrame(string assembly)
    {
        // Arrange / Act: reading Parquet and data frames lives in one place, the library's IO folder
        var formats = References(assembly).Where(n => n is "Parquet" or "Microsoft.Data.Analysis");

        // Assert
        Assert.Empty(formats);
    }

    [Fact]
    public void Sql_ReferencesOnlyCoreAmongOurs()
    {
        // Arrange / Act: the SQL push-down sees the statistics contract in Core, never a metric class (issue 17)
        var ours = OurReferences("SynthAudit.Sql");

        // Assert
        Assert.Equal(["SynthAudit.Core"], ours);
    }

    [Theory]
    [InlineData("SynthAudit.Core")]
    [InlineData("SynthAudit.Metrics")]
    [InlineData("SynthAudit.Generation")]
    [InlineData("SynthAudit.Reports")]
    [InlineData("SynthAudit.Reports.Pdf")]
    [InlineData("SynthAudit.Auditing")]
    public void OnlySql_ReferencesDuckDb(string assembly)
    {
        // Arrange / Act: the DuckDB engine lives in one assembly, so Metrics computes its formulas without knowing SQL
        var duckDb = References(assembly).Where(n => n.StartsWith("DuckDB", StringComparison.Ordinal));

        // Assert
        Assert.Empty(duckDb);
    }

    [Fact]
    public void Auditing_ReferencesNoConsolePackage()
    {
        // Arrange / Act
        var console = References("SynthAudit.Auditing")
            .Where(n => n.StartsWith("System.CommandLine", StringComparison.Ordinal) || n.StartsWith("Spectre.Console", StringComparison.Ordinal));

        // Assert
        Assert.Empty(console);
    }

    [Fact]
    public void Auditing_ReferencesTheLibraries_SoTheGuardsSeeReferences()
    {
        // Arrange / Act
        var ours = OurReferences("SynthAudit.Auditing");

        // Assert: without this the Auditing guards could pass on an assembly that was never loaded with references
        Assert.Contains("SynthAudit.Core", ours);
        Assert.Contains("SynthAudit.Metrics", ours);
        Assert.Contains("SynthAudit.Reports", ours);
    }

    [Fact]
    public void NoLibrary_ReferencesSystemCommandLineOrTheCli()
    {
        // Arrange / Act
        var offending = s_libraries.SelectMany(a => References(a)
            .Where(n => n.StartsWith("System.CommandLine", StringComparison.Ordinal) || n is "synthaudit" or "SynthAudit.Cli")
            .Select(n => a + " -> " + n));

        // Assert
        Assert.Empty(offending);
    }

    [Fact]
    public void NoLibrary_ReferencesASynthAuditAssemblyThatReferencesIt()
    {
        // Arrange / Act: no cycles among ours (a guard that also catches a new project wired the wrong way)
        var edges = s_libraries.ToDictionary(a => a, OurReferences);

        // Assert
        foreach (var (from, targets) in edges)
        {
            foreach (var to in targets.Where(edges.ContainsKey))
            {
                Assert.DoesNotContain(from, edges[to]);
            }
        }
    }
}
