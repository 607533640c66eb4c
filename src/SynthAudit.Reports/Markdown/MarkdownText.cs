using System.Text;

namespace SynthAudit.Reports.Markdown;

/// <summary>Escapes user strings for GitHub-flavoured Markdown, inside or outside table cells.</summary>
public static class MarkdownText
{
    /// <summary>Escapes <paramref name="text"/>: pipes, backslashes, emphasis, code, link and HTML characters; newlines become spaces.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '#' or '~' or '!':
                    sb.Append('\\').Append(c);
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '&':
                    sb.Append("&amp;");
                    break;
                case '\r':
                    break;
                case '\n' or '\t':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
