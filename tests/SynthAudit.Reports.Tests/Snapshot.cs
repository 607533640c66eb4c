using System.Text.RegularExpressions;
using SynthAudit.Testing;

namespace SynthAudit.Reports.Tests;

/// <summary>Compares rendered text with a <c>*.verified.*</c> file stored next to the tests, after scrubbing volatile fields.</summary>
/// <remarks>When the verified file is missing or differs, the actual text is written as <c>*.received.*</c> for review; set
/// <c>SYNTHAUDIT_ACCEPT_SNAPSHOTS=1</c> to accept it as the new verified file.</remarks>
internal static partial class Snapshot
{
    public static void Verify(string name, string extension, string actual)
    {
        // Found from the repository root, not [CallerFilePath]: CI builds (ContinuousIntegrationBuild) map source paths to /_/.
        var directory = Path.Combine(Path.GetDirectoryName(Fixtures.Root)!, "tests", "SynthAudit.Reports.Tests", "Snapshots");
        Directory.CreateDirectory(directory);
        var verifiedPath = Path.Combine(directory, name + ".verified." + extension);
        var receivedPath = Path.Combine(directory, name + ".received." + extension);
        var scrubbed = Scrub(actual);
        var accept = string.Equals(Environment.GetEnvironmentVariable("SYNTHAUDIT_ACCEPT_SNAPSHOTS"), "1", StringComparison.Ordinal);
        if (accept)
        {
            File.WriteAllText(verifiedPath, scrubbed);
        }

        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(receivedPath, scrubbed);
            Assert.Fail("No verified snapshot " + verifiedPath + "; review " + receivedPath + " and rename it to accept.");
        }

        var expected = File.ReadAllText(verifiedPath).ReplaceLineEndings("\n");
        if (!string.Equals(expected, scrubbed, StringComparison.Ordinal))
        {
            File.WriteAllText(receivedPath, scrubbed);
            Assert.Equal(expected, scrubbed);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }
    }

    /// <summary>Replaces the tool version with a placeholder (the only volatile field of a fixed sample).</summary>
    public static string Scrub(string text) => VersionPattern().Replace(text.ReplaceLineEndings("\n"), "synthaudit <version>");

    [GeneratedRegex(@"synthaudit \d+\.\d+\.\d+")]
    private static partial Regex VersionPattern();
}
