using SynthAudit.Testing;

namespace SynthAudit.Cli.Tests.Attack;

/// <summary>A small Adult extract for attack tests: the first rows of a fixture file, seven columns (age, workclass,
/// education, marital status, sex, hours-per-week, income).</summary>
internal static class AdultExtract
{
    private static readonly int[] s_keep = [0, 1, 3, 5, 9, 12, 14];

    /// <summary>Writes the header and the first <paramref name="lines"/> - 1 rows of <c>fixtures/adult/FILE</c> to <paramref name="path"/>.</summary>
    public static void Write(string path, string file, int lines) =>
        File.WriteAllLines(path, File.ReadLines(Fixtures.Path("adult", file)).Take(lines)
            .Select(l => string.Join(',', s_keep.Select(k => l.Split(',')[k]))));
}
