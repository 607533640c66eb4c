using System.Globalization;
using System.Text;

namespace SynthAudit.Reports.Tests;

/// <summary>Renders to bytes or text, optionally under a given culture.</summary>
internal static class Render
{
    public static byte[] Bytes<TDocument>(IDocumentRenderer<TDocument> renderer, TDocument document)
    {
        using var stream = new MemoryStream();
        renderer.RenderAsync(document, stream, CancellationToken.None).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    public static string Text<TDocument>(IDocumentRenderer<TDocument> renderer, TDocument document) => Encoding.UTF8.GetString(Bytes(renderer, document));

    /// <summary>A culture by name; "comma" is a comma-decimal culture like de-DE that works in globalization-invariant mode.</summary>
    public static CultureInfo Culture(string name)
    {
        if (!string.Equals(name, "comma", StringComparison.Ordinal))
        {
            return CultureInfo.GetCultureInfo(name);
        }

        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NumberGroupSeparator = ".";
        comma.NumberFormat.PercentDecimalSeparator = ",";
        comma.NumberFormat.PercentGroupSeparator = ".";
        comma.NumberFormat.NegativeSign = "−";
        comma.DateTimeFormat.DateSeparator = ".";
        comma.DateTimeFormat.TimeSeparator = ".";
        return comma;
    }

    public static T InCulture<T>(string culture, Func<T> action)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            var info = Culture(culture);
            CultureInfo.CurrentCulture = info;
            CultureInfo.CurrentUICulture = info;
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }
}
