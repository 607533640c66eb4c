using System.Text.RegularExpressions;
using SynthAudit.Reports.Json;

namespace SynthAudit.Reports.Tests;

/// <summary>audit.json and compare.json of the small sample, byte for byte (bar the tool version), in every culture.</summary>
public sealed partial class JsonSnapshotTests
{
    [Fact]
    public void RenderAudit_Sample_MatchesSnapshotInEveryCulture()
    {
        // Arrange / Act
        var invariant = Render.InCulture("", () => Render.Text(new JsonRenderer(), SampleAudit.Create(SampleAudit.HostileName)));
        var comma = Render.InCulture("comma", () => Render.Text(new JsonRenderer(), SampleAudit.Create(SampleAudit.HostileName)));

        // Assert
        Assert.Equal(invariant, comma);
        Snapshot.Verify("audit", "json", ScrubVersion(invariant));
    }

    [Fact]
    public void RenderComparison_Sample_MatchesSnapshot()
    {
        // Arrange / Act
        var json = Render.Text(new ComparisonJsonRenderer(), SampleAudit.Comparison());

        // Assert
        Snapshot.Verify("compare", "json", ScrubVersion(json));
    }

    private static string ScrubVersion(string json) => ToolVersion().Replace(json, "\"name\": \"synthaudit\",\n    \"version\": \"<version>\"");

    [GeneratedRegex("\"name\": \"synthaudit\",\\n\\s*\"version\": \"[^\"]*\"")]
    private static partial Regex ToolVersion();
}
