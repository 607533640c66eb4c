using System.Text;
using SynthAudit.Reports.Document;

namespace SynthAudit.Reports.Markdown;

/// <summary>Writes report sections (headings, paragraphs and tables; charts are left to HTML and PDF) as Markdown, so that
/// audit.md carries the same reviewer's pages and appendices as the other formats.</summary>
internal static class MarkdownSectionWriter
{
    public static void Append(StringBuilder sb, IEnumerable<ReportSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(sections);
        var e = MarkdownText.Escape;
        foreach (var section in sections)
        {
            sb.Append("### ").Append(e(section.Title)).Append("\n\n");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case HeadingBlock h:
                        sb.Append("#### ").Append(e(h.Text)).Append("\n\n");
                        break;
                    case ParagraphBlock p:
                        var text = p.Lead is null ? e(p.Text) : "**" + e(p.Lead) + "** " + e(p.Text);
                        sb.Append(p.Style switch
                        {
                            ParagraphStyle.Warning => "**" + text + "**",
                            ParagraphStyle.Note => "_" + text + "_",
                            ParagraphStyle.Code => "`" + p.Text.Replace("`", "'", StringComparison.Ordinal) + "`",
                            _ => text,
                        }).Append("\n\n");
                        break;
                    case TableBlock t:
                        if (t.Caption is not null)
                        {
                            sb.Append("**").Append(e(t.Caption)).Append("**\n\n");
                        }

                        sb.Append("| ").Append(string.Join(" | ", t.Headers.Select(h => e(h)))).Append(" |\n");
                        sb.Append('|').Append(string.Concat(t.Headers.Select(_ => "---|"))).Append('\n');
                        foreach (var row in t.Rows)
                        {
                            sb.Append("| ").Append(string.Join(" | ", row.Select(c => e(c.Text).Replace("\n", " ", StringComparison.Ordinal)))).Append(" |\n");
                        }

                        sb.Append('\n');
                        break;
                    default:
                        break;
                }
            }
        }
    }
}
