using System.Text.RegularExpressions;
using SynthAudit.Core.Metrics;
using SynthAudit.Testing;

namespace SynthAudit.Core.Tests.Documentation;

/// <summary>Every <c>docs/*.md</c> citation in the code points at a page and a section that exist, and docs/metrics.md
/// names every metric id (issue 13).</summary>
public sealed partial class DocumentationCitationTests
{
    private static readonly string s_root = Directory.GetParent(Fixtures.Root)!.FullName;

    [Fact]
    public void Citations_InSourceAndTests_PointAtExistingSections()
    {
        // Arrange
        var sources = new[] { "src", "tests" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(s_root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        var broken = new List<string>();
        var count = 0;

        // Act
        foreach (var file in sources)
        {
            foreach (Match m in Citation().Matches(File.ReadAllText(file)))
            {
                count++;
                var page = Path.Combine(s_root, "docs", m.Groups["page"].Value + ".md");
                if (!File.Exists(page))
                {
                    broken.Add(Path.GetRelativePath(s_root, file) + ": " + m.Value + " (no such page)");
                    continue;
                }

                var headings = Headings(page);
                foreach (Match section in SectionNumber().Matches(m.Groups["sections"].Value))
                {
                    if (!headings.Contains(section.Groups["n"].Value))
                    {
                        broken.Add(Path.GetRelativePath(s_root, file) + ": " + m.Value + " (no section " + section.Value + ")");
                    }
                }
            }
        }

        // Assert
        Assert.True(count > 100, "expected the code to cite the docs; found " + count + " citations");
        Assert.Empty(broken);
    }

    [Fact]
    public void Citations_NeverPointOutsideTheRepository()
    {
        // Arrange / Act
        var outside = new[] { "src", "tests" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(s_root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => BareCitation().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(s_root, f))
            .ToList();

        // Assert
        Assert.Empty(outside);
    }

    [Fact]
    public void MetricsPage_NamesEveryMetricId()
    {
        // Arrange
        var text = File.ReadAllText(Path.Combine(s_root, "docs", "metrics.md"));

        // Act
        var missing = MetricIds.All.Where(id => !text.Contains("`" + id + "`", StringComparison.Ordinal)).ToList();

        // Assert
        Assert.Empty(missing);
    }

    private static HashSet<string> Headings(string page)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(page))
        {
            var m = Heading().Match(line);
            if (m.Success)
            {
                set.Add(m.Groups["n"].Value);
            }
        }

        return set;
    }

    // docs/metrics.md 5.2, docs/metrics.md section 6.3, docs/metrics.md sections 1.1 and 1.2, docs/metrics.md 5.2-5.4, 4.4a
    [GeneratedRegex(@"docs/(?<page>[a-z-]+)\.md(?:\s+sections?)?(?<sections>\s+\d+(?:\.\d+)?[a-z]?(?:\s*(?:,|and|-|–)\s*\d+(?:\.\d+)?[a-z]?)*)?")]
    private static partial Regex Citation();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)[a-z]?")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"^#{2,3}\s+(?<n>\d+(?:\.\d+)?)\.?\s")]
    private static partial Regex Heading();

    // A page name without the docs/ folder, as the code cited the design notes that were never in the repository.
    [GeneratedRegex(@"(?<![/\w""-])(?:metrics|dp-generator|contract)\.md")]
    private static partial Regex BareCitation();
}
