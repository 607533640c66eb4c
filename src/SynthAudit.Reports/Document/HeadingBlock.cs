namespace SynthAudit.Reports.Document;

/// <summary>A sub-heading inside a section.</summary>
/// <param name="Text">The heading.</param>
public sealed record HeadingBlock(string Text) : ReportBlock;
