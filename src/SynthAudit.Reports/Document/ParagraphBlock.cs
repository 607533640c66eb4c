namespace SynthAudit.Reports.Document;

/// <summary>A paragraph of plain text.</summary>
/// <param name="Text">The text (plain; renderers escape it).</param>
/// <param name="Style">How it is set.</param>
public sealed record ParagraphBlock(string Text, ParagraphStyle Style = ParagraphStyle.Body) : ReportBlock
{
    /// <summary>A run-in lead set in bold before the text on the same line (e.g. the term a reference entry explains), or
    /// null. It saves a heading line per entry in long reference lists such as the Methods section.</summary>
    public string? Lead { get; init; }
}
