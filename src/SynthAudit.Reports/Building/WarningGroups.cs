using System.Globalization;
using System.Text.RegularExpressions;

namespace SynthAudit.Reports.Building;

/// <summary>Groups near-identical warnings (the same sentence about different columns or numbers) into one line with a
/// count, so fifteen "rare levels merged" warnings read as one; the full list goes to the warnings appendix.</summary>
public static partial class WarningGroups
{
    /// <summary>Where grouped lines point to.</summary>
    public const string AppendixReference = "Appendix A";

    /// <summary>The shape of a warning: quoted names become <c>'…'</c> and numbers <c>#</c>.</summary>
    public static string Shape(string warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        return Number().Replace(Quoted().Replace(warning, "'…'"), "#");
    }

    /// <summary>One line per group of warnings of the same <see cref="Shape"/>, in order of first appearance: a single
    /// warning as it is, a group as its first member with the count and the names of the others.</summary>
    public static IReadOnlyList<string> Summarize(IEnumerable<string> warnings, string appendix)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var groups = Group(warnings);
        return [.. groups.Select(g => g.Count == 1 ? g[0] : Line(g, appendix))];
    }

    /// <summary>The warnings that share their shape with another one: those a summary does not show as written.</summary>
    public static IReadOnlySet<string> Grouped(IEnumerable<string> warnings) =>
        Group(warnings).Where(g => g.Count > 1).SelectMany(g => g).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether any two of <paramref name="warnings"/> share a shape (so a summary leaves something out).</summary>
    public static bool HasGroups(IEnumerable<string> warnings) => Group(warnings).Any(g => g.Count > 1);

    private static List<List<string>> Group(IEnumerable<string> warnings)
    {
        var groups = new List<List<string>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in warnings.Distinct(StringComparer.Ordinal))
        {
            var shape = Shape(w);
            if (!index.TryGetValue(shape, out var i))
            {
                index[shape] = groups.Count;
                groups.Add([w]);
            }
            else
            {
                groups[i].Add(w);
            }
        }

        return groups;
    }

    private static string Line(List<string> group, string appendix)
    {
        var names = group.Skip(1).Select(w => Quoted().Match(w)).Where(m => m.Success).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        var also = names.Count == 0 ? string.Empty
            : "; also " + string.Join(", ", names.Take(6)) + (names.Count > 6 ? ", …" : string.Empty);
        return string.Create(CultureInfo.InvariantCulture, $"{group.Count} warnings like this one: {group[0]} ({group.Count - 1} more{also}; all {group.Count} in {appendix})");
    }

    [GeneratedRegex(@"'[^']*'", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
