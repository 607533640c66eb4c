using System.Collections.Immutable;

namespace SynthAudit.Reports.Document;

/// <summary>A numbered section of a report.</summary>
/// <param name="Title">The section title, e.g. <c>1. Summary</c>.</param>
/// <param name="Anchor">A stable id for links, e.g. <c>summary</c>.</param>
/// <param name="Blocks">The content.</param>
public sealed record ReportSection(string Title, string Anchor, ImmutableArray<ReportBlock> Blocks);
