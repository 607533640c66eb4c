namespace SynthAudit.Reports.Pdf;

/// <summary>How full one laid-out PDF page is (the layout's own page model, used to test pagination).</summary>
/// <param name="Number">The 1-based page number.</param>
/// <param name="Fill">The share of the text area's height that is used, 0 to 1.</param>
/// <param name="EndsSection">Whether a section ends on this page.</param>
internal sealed record PdfPageFill(int Number, double Fill, bool EndsSection);
