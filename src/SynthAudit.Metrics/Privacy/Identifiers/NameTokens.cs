using System.Text;

namespace SynthAudit.Metrics.Privacy.Identifiers;

/// <summary>Splits a column name into lower-case words (at separators and camel-case boundaries) for the name rules.</summary>
internal static class NameTokens
{
    public static IReadOnlyList<string> Of(string name)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(tokens, current);
                continue;
            }

            if (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]))
            {
                Flush(tokens, current);
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush(tokens, current);
        return tokens;
    }

    public static string Compact(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static void Flush(List<string> tokens, StringBuilder current)
    {
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
            current.Clear();
        }
    }
}
