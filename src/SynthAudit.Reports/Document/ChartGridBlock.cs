using System.Collections.Immutable;

namespace SynthAudit.Reports.Document;

/// <summary>Small multiples: charts laid out at a fraction of the text width and set side by side, row by row.</summary>
/// <remarks>Each chart is laid out at <see cref="CellWidth"/>; paged output keeps a row on one page and HTML fills the
/// column with a grid of <see cref="Columns"/> equal cells.</remarks>
/// <param name="Charts">The charts in reading order.</param>
/// <param name="Columns">Charts per row.</param>
public sealed record ChartGridBlock(ImmutableArray<ChartBlock> Charts, int Columns) : ReportBlock
{
    /// <summary>The gap between two charts of a row (points).</summary>
    public const double Gap = 16;

    /// <summary>The width one chart is laid out at for a row of <paramref name="columns"/> in <paramref name="totalWidth"/>.</summary>
    public static double CellWidth(double totalWidth, int columns) => (totalWidth - Gap * (columns - 1)) / columns;
}
