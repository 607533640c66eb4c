namespace SynthAudit.Reports.Document;

/// <summary>A paragraph of plain text.</summary>
/// <param name="Text">The text (plain; renderers escape it).</param>
/// <param name="Style">How it is set.</param>
public sealed record ParagraphBlock(string Text, ParagraphStyle Style = ParagraphStyle.Body) : ReportBlock;
