using PdfSharp.Fonts;

namespace SynthAudit.Reports.Pdf;

/// <summary>One-time global PDFsharp setup: the embedded font resolver.</summary>
internal static class PdfSetup
{
    private static readonly Lock s_gate = new();
    private static bool s_done;

    /// <summary>Runs the setup once per process.</summary>
    public static void Ensure()
    {
        lock (s_gate)
        {
            if (s_done)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }

            s_done = true;
        }
    }
}
