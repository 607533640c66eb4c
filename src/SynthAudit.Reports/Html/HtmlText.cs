using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SynthAudit.Reports.Html;

/// <summary>The one encoder every user-supplied string passes through before it reaches HTML or SVG.</summary>
public static class HtmlText
{
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Encodes <paramref name="text"/> for element content and quoted attribute values (&lt; &gt; &amp; " ' escaped).</summary>
    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? string.Empty : s_encoder.Encode(text);
}
