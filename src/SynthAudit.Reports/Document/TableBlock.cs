using System.Collections.Immutable;

namespace SynthAudit.Reports.Document;

/// <summary>A table with a header row.</summary>
/// <param name="Headers">Column headers.</param>
/// <param name="Rows">Rows of cells (each as long as <paramref name="Headers"/>).</param>
/// <param name="Caption">An optional caption shown above.</param>
public sealed record TableBlock(ImmutableArray<string> Headers, ImmutableArray<ImmutableArray<TableCell>> Rows, string? Caption = null) : ReportBlock;
