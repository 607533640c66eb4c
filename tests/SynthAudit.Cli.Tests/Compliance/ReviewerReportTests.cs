using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using SynthAudit.Cli.Tests.Audit;
using SynthAudit.Reports.Building;
using SynthAudit.Reports.Json;
using SynthAudit.Testing;

namespace SynthAudit.Cli.Tests.Compliance;

// Issue 16: the reviewer's report on a table full of identifiers (fixtures/identifiers, invented by make.py).
public sealed class ReviewerReportTests
{
    private static string Patients(string name) => Fixtures.Path("identifiers", name);

    [Fact]
    public async Task No_real_identifier_value_appears_in_any_report()
    {
        // Arrange
        var outDir = Directory.CreateTempSubdirectory("synthaudit-review-").FullName;
        try
        {
            // Act
            var (exit, _, stderr) = await CliRunner.RunAsync("audit", "--real", Patients("patients.csv"), "--synthetic", Patients("patients-synthetic.csv"),
                "--holdout", Patients("patients-holdout.csv"), "--target", "smoker", "--sensitive", "diagnosis", "--profile", "hipaa",
                "--bootstrap", "10", "--attacks", "200", "--out", outDir, "--no-ledger");

            // Assert
            Assert.True(exit == 0, stderr);
            var values = RealValues();
            Assert.True(values.Count > 700, "expected the distinct zip, dob, email and phone values");
            var texts = new Dictionary<string, string>
            {
                ["audit.html"] = await File.ReadAllTextAsync(Path.Combine(outDir, "audit.html")),
                ["audit.md"] = await File.ReadAllTextAsync(Path.Combine(outDir, "audit.md")),
                ["audit.json"] = await File.ReadAllTextAsync(Path.Combine(outDir, "audit.json")),
                // Everything the PDF draws comes from this document (plus the dataset name and date in the running header).
                ["audit.pdf document"] = DocumentText(AuditJsonReader.Read(Path.Combine(outDir, "audit.json"))),
            };
            if (PdfText(Path.Combine(outDir, "audit.pdf")) is { } pdf)
            {
                texts["audit.pdf text layer"] = pdf;
            }

            foreach (var (file, text) in texts)
            {
                // A value counts when it stands alone: "49215" inside the number 0.049913305298449215 is not a ZIP code.
                var leaked = values.Where(v => Regex.IsMatch(text, @"(?<![0-9A-Za-z.])" + Regex.Escape(v) + "(?![0-9A-Za-z])")).Take(3).ToList();
                Assert.True(leaked.Count == 0, file + " contains real values: " + leaked.Count);
            }
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    [Fact]
    public async Task Identifier_table_is_flagged_in_audit_json_and_the_coarsened_copy_passes()
    {
        // Arrange
        var outDir = Directory.CreateTempSubdirectory("synthaudit-review-").FullName;
        try
        {
            // Act
            var raw = await CliRunner.RunAsync("audit", "--real", Patients("patients.csv"), "--synthetic", Patients("patients-synthetic.csv"),
                "--format", "json", "--bootstrap", "5", "--out", Path.Combine(outDir, "raw"), "--no-ledger");
            var coarse = await CliRunner.RunAsync("audit", "--real", Patients("patients-coarse.csv"), "--synthetic", Patients("patients-coarse-synthetic.csv"),
                "--format", "json", "--bootstrap", "5", "--out", Path.Combine(outDir, "coarse"), "--no-ledger");

            // Assert
            Assert.Equal(0, raw.Exit);
            Assert.Equal(0, coarse.Exit);
            var rawScan = Scan(Path.Combine(outDir, "raw", "audit.json"));
            Assert.Equal("fail", rawScan[("zip", 'B')]);
            Assert.Equal("fail", rawScan[("dob", 'C')]);
            Assert.Equal("fail", rawScan[("email", 'F')]);
            Assert.Equal("fail", rawScan[("phone", 'D')]);
            Assert.Equal("fail", rawScan[("age", 'C')]);
            var coarseScan = Scan(Path.Combine(outDir, "coarse", "audit.json"));
            Assert.Equal("pass", coarseScan[("zip3", 'B')]);
            Assert.Equal("pass", coarseScan[("birth_year", 'C')]);
            Assert.Equal("pass", coarseScan[("age", 'C')]);
            Assert.DoesNotContain("fail", coarseScan.Values);
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    private static Dictionary<(string Column, char Item), string> Scan(string path)
    {
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        return json["identifierScan"]!.AsArray()
            .Where(f => f!["column"] is not null)
            .ToDictionary(f => ((string)f!["column"]!, ((string)f["item"]!)[1]), f => (string)f!["status"]!);
    }

    private static List<string> RealValues()
    {
        var lines = File.ReadAllLines(Patients("patients.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cells in lines)
        {
            values.Add(cells[0]);
            values.Add(int.Parse(cells[0], CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture));
            values.Add(cells[1]);
            values.Add(cells[1].Replace('-', '/'));
            values.Add(cells[2]);
            values.Add(cells[2].Split('@')[0]);
            values.Add(cells[3]);
        }

        return [.. values];
    }

    private static string DocumentText(Core.Results.AuditResult result)
    {
        var document = AuditReportBuilder.Build(result);
        var parts = new List<string> { document.Title, document.Subtitle, document.DatasetName, document.Date };
        foreach (var block in document.Sections.SelectMany(s => s.Blocks.Prepend(new Reports.Document.HeadingBlock(s.Title))))
        {
            switch (block)
            {
                case Reports.Document.HeadingBlock h:
                    parts.Add(h.Text);
                    break;
                case Reports.Document.ParagraphBlock p:
                    parts.Add(p.Text);
                    break;
                case Reports.Document.TableBlock t:
                    parts.AddRange(t.Headers);
                    parts.AddRange(t.Rows.SelectMany(r => r.Select(c => c.Text)));
                    parts.Add(t.Caption ?? string.Empty);
                    break;
                case Reports.Document.ChartBlock c:
                    parts.AddRange(c.Chart.Primitives.OfType<Reports.Charts.TextPrimitive>().Select(x => x.Text));
                    break;
                case Reports.Document.ChartGridBlock g:
                    parts.AddRange(g.Charts.SelectMany(c => c.Chart.Primitives.OfType<Reports.Charts.TextPrimitive>().Select(x => x.Text)));
                    break;
                default:
                    break;
            }
        }

        return string.Join('\n', parts);
    }

    /// <summary>The PDF's text layer by pdftotext (poppler), when the machine has it; the document check above covers
    /// the same text without it.</summary>
    private static string? PdfText(string pdf)
    {
        try
        {
            var txt = pdf + ".txt";
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-q", pdf, txt]) { UseShellExecute = false });
            if (process is null || !process.WaitForExit(60_000) || process.ExitCode != 0)
            {
                return null;
            }

            return File.ReadAllText(txt);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
