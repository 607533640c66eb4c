using SynthAudit.Metrics.Neighbors;

namespace SynthAudit.Metrics.Privacy.Shadow;

/// <summary>A table in the attack's space: its Gower encoding and its discrete cells (categorical codes, numeric bins).</summary>
/// <param name="Gower">The Gower encoding (numeric ranges from the real data).</param>
/// <param name="Cells">Per used column, the cell of each row (-1 = missing).</param>
public sealed record ShadowRows(GowerMatrix Gower, int[][] Cells)
{
    /// <summary>The number of rows.</summary>
    public int Count => Gower.RowCount;
}
