namespace SynthAudit.Reports.Document;

/// <summary>One block of a report section: a heading, a paragraph, a table or a chart.</summary>
public abstract record ReportBlock;
