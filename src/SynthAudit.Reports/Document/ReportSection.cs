using System.Collections.Immutable;

namespace SynthAudit.Reports.Document;

/// <summary>A numbered section of a report.</summary>
/// <param name="Title">The section title, e.g. <c>1. Summary</c>.</param>
/// <param name="Anchor">A stable id for links, e.g. <c>summary</c>.</param>
/// <param name="Blocks">The content.</param>
/// <param name="StartsNewPage">Whether paged output starts the section on a new page; by default sections follow each
/// other on the same page (a section starts on a new page anyway when its title and first content would not fit).</param>
public sealed record ReportSection(string Title, string Anchor, ImmutableArray<ReportBlock> Blocks, bool StartsNewPage = false);
