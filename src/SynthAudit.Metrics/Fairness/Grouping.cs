using System.Collections.Immutable;

namespace SynthAudit.Metrics.Fairness;

/// <summary>One way of splitting rows into protected groups: one attribute, or the intersection of all of them.</summary>
/// <remarks>Groups are unions of the finest cells (<see cref="ProtectedGroups"/>), so one cell-level resample serves every
/// grouping. Groups with fewer real rows than the minimum are pooled into <see cref="OtherLabel"/> and listed in
/// <see cref="Pooled"/>; the pooled group is shown in shares and charts but never used for max/min gaps.</remarks>
internal sealed class Grouping
{
    /// <summary>The label of the pooled small groups.</summary>
    public const string OtherLabel = "(other)";

    /// <summary>Creates a grouping.</summary>
    public Grouping(string name, ImmutableArray<string> labels, int[] cellToGroup, int otherGroup, ImmutableArray<PooledGroup> pooled)
    {
        Name = name;
        Labels = labels;
        CellToGroup = cellToGroup;
        OtherGroup = otherGroup;
        Pooled = pooled;
    }

    /// <summary>The grouping's name, e.g. <c>sex</c> or <c>sex x race</c>.</summary>
    public string Name { get; }

    /// <summary>The group labels, largest real group first; <see cref="OtherLabel"/> last when groups were pooled.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>The number of groups.</summary>
    public int Count => Labels.Length;

    /// <summary>The group of each cell.</summary>
    public int[] CellToGroup { get; }

    /// <summary>The index of the pooled group, or -1 when nothing was pooled.</summary>
    public int OtherGroup { get; }

    /// <summary>The groups pooled into <see cref="OtherLabel"/>, with their counts.</summary>
    public ImmutableArray<PooledGroup> Pooled { get; }

    /// <summary>Sums per-cell values into per-group values.</summary>
    public void SumCells(ReadOnlySpan<int> perCell, Span<int> perGroup)
    {
        perGroup.Clear();
        for (var c = 0; c < perCell.Length; c++)
        {
            perGroup[CellToGroup[c]] += perCell[c];
        }
    }

    /// <summary>A breakdown key for a group of this grouping.</summary>
    public string Key(int group) => group == OtherGroup ? Name + ": " + OtherLabel : Labels[group];
}
