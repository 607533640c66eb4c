using SynthAudit.Core.Data;
using SynthAudit.Core.Randomness;

namespace SynthAudit.Generation.Baselines;

/// <summary>A NON-PRIVATE baseline generator: every column is resampled independently from its own real values.</summary>
/// <remarks>It keeps each column's distribution (including its missing rate) and destroys every relationship between
/// columns. It offers no privacy guarantee whatsoever (it emits real cell values); it exists to show what an audit says
/// about a generator that learned only the marginals.</remarks>
public static class IndependentMarginalsSampler
{
    /// <summary>Samples <paramref name="rows"/> rows from <paramref name="real"/>, column by column.</summary>
    public static Table Sample(Table real, int rows, DeterministicRandom random)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        if (real.RowCount == 0)
        {
            throw new ArgumentException("The real table has no rows.", nameof(real));
        }

        var columns = new List<Column>(real.ColumnCount);
        foreach (var column in real.Columns)
        {
            var picks = random.SampleWithReplacement(real.RowCount, rows);
            columns.Add(column.Take(picks));
        }

        return new Table("independent-marginals baseline", columns);
    }
}
