using System.Collections.Immutable;

namespace SynthAudit.Reports.Document;

/// <summary>A report as backend-neutral content, built once and written as HTML or PDF.</summary>
/// <param name="Title">The document title.</param>
/// <param name="Subtitle">A line under the title.</param>
/// <param name="DatasetName">The dataset name for running headers.</param>
/// <param name="Date">The date for running headers (invariant, UTC).</param>
/// <param name="Sections">The sections in order.</param>
public sealed record ReportDocument(string Title, string Subtitle, string DatasetName, string Date, ImmutableArray<ReportSection> Sections);
