using System.Collections.Immutable;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Fairness;

/// <summary>The protected groups of an audit: the finest cells (one per combination of protected levels) and the groupings built on them.</summary>
/// <remarks>Groupings: each protected attribute alone and, with two or more attributes, their full intersection
/// (docs/metrics.md 5.5). A missing protected value is its own level <c>unknown</c>. Levels, bins and pooling are fixed on the
/// real data; combinations seen only in the synthetic data join <c>(other)</c>. Groups are listed largest real group first,
/// except the bins of a numeric attribute, which keep their natural order.</remarks>
internal sealed class ProtectedGroups
{
    private readonly Dictionary<long, int> _cellOfKey;
    private readonly long[] _radix;

    private ProtectedGroups(ImmutableArray<ProtectedAttribute> attributes, Dictionary<long, int> cellOfKey, long[] radix,
        int[] realCells, int[] syntheticCells, ImmutableArray<Grouping> groupings)
    {
        Attributes = attributes;
        _cellOfKey = cellOfKey;
        _radix = radix;
        RealCells = realCells;
        SyntheticCells = syntheticCells;
        Groupings = groupings;
    }

    /// <summary>The protected attributes, in the order given.</summary>
    public ImmutableArray<ProtectedAttribute> Attributes { get; }

    /// <summary>The number of cells.</summary>
    public int CellCount => _cellOfKey.Count;

    /// <summary>The cell of each real row.</summary>
    public int[] RealCells { get; }

    /// <summary>The cell of each synthetic row.</summary>
    public int[] SyntheticCells { get; }

    /// <summary>The groupings: each attribute, then the intersection.</summary>
    public ImmutableArray<Grouping> Groupings { get; }

    /// <summary>The analysis key (argument: the options): one per input set and options.</summary>
    private static AnalysisKey<FairnessOptions, ProtectedGroups> Key { get; } = new("fairness.groups", AnalysisScope.InputSet,
        (a, options, _) => Build(a.Input.Real, a.Input.Synthetic, a.Input.Sensitive, options));

    /// <summary>The groups of <paramref name="input"/>, computed once per input set and shared between the fairness metrics.</summary>
    public static ProtectedGroups For(AuditInput input, MetricContext context, FairnessOptions options) =>
        context.Analyses(input).Get(Key, options, CancellationToken.None);

    /// <summary>Builds the groups of the named protected attributes.</summary>
    public static ProtectedGroups Build(Table real, Table synthetic, IReadOnlyList<string> sensitive, FairnessOptions options)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(synthetic);
        ArgumentNullException.ThrowIfNull(options);
        var attributes = sensitive.Select(name => ProtectedAttribute.Create(real, name)).ToImmutableArray();
        var radix = new long[attributes.Length];
        long size = 1;
        for (var a = 0; a < attributes.Length; a++)
        {
            radix[a] = size;
            size = checked(size * attributes[a].Labels.Length);
        }

        var cellOfKey = new Dictionary<long, int>();
        var cellCodes = new List<int[]>();
        var realCells = AssignCells(real, attributes, radix, cellOfKey, cellCodes, add: true);
        var syntheticCells = AssignCells(synthetic, attributes, radix, cellOfKey, cellCodes, add: true);
        var realCount = new int[cellOfKey.Count];
        var syntheticCount = new int[cellOfKey.Count];
        foreach (var c in realCells)
        {
            realCount[c]++;
        }

        foreach (var c in syntheticCells)
        {
            syntheticCount[c]++;
        }

        var groupings = ImmutableArray.CreateBuilder<Grouping>();
        for (var a = 0; a < attributes.Length; a++)
        {
            groupings.Add(BuildGrouping(attributes, [a], cellCodes, realCount, syntheticCount, options.MinGroupSize));
        }

        if (attributes.Length > 1)
        {
            groupings.Add(BuildGrouping(attributes, [.. Enumerable.Range(0, attributes.Length)], cellCodes, realCount, syntheticCount, options.MinGroupSize));
        }

        return new ProtectedGroups(attributes, cellOfKey, radix, realCells, syntheticCells, groupings.ToImmutable());
    }

    /// <summary>The cell of every row of another aligned table (e.g. the holdout); -1 for a combination absent from real and synthetic data.</summary>
    public int[] EncodeCells(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return AssignCells(table, Attributes, _radix, _cellOfKey, null, add: false);
    }

    private static int[] AssignCells(Table table, ImmutableArray<ProtectedAttribute> attributes, long[] radix,
        Dictionary<long, int> cellOfKey, List<int[]>? cellCodes, bool add)
    {
        var codes = attributes.Select(a => a.Encode(table)).ToArray();
        var cells = new int[table.RowCount];
        for (var i = 0; i < cells.Length; i++)
        {
            long key = 0;
            for (var a = 0; a < codes.Length; a++)
            {
                key += codes[a][i] * radix[a];
            }

            if (!cellOfKey.TryGetValue(key, out var cell))
            {
                if (!add)
                {
                    cells[i] = -1;
                    continue;
                }

                cell = cellOfKey.Count;
                cellOfKey.Add(key, cell);
                var tuple = new int[codes.Length];
                for (var a = 0; a < codes.Length; a++)
                {
                    tuple[a] = codes[a][i];
                }

                cellCodes!.Add(tuple);
            }

            cells[i] = cell;
        }

        return cells;
    }

    private static Grouping BuildGrouping(ImmutableArray<ProtectedAttribute> attributes, int[] members, List<int[]> cellCodes,
        int[] realCount, int[] syntheticCount, int minGroupSize)
    {
        var name = string.Join(" x ", members.Select(m => attributes[m].Name));
        var rawOfLabel = new Dictionary<string, int>(StringComparer.Ordinal);
        var rawLabels = new List<string>();
        var rawOrder = new List<int>();
        var rawReal = new List<int>();
        var rawSynthetic = new List<int>();
        var cellRaw = new int[cellCodes.Count];
        for (var c = 0; c < cellCodes.Count; c++)
        {
            var label = string.Join(", ", members.Select(m => attributes[m].Name + "=" + attributes[m].Labels[cellCodes[c][m]]));
            if (!rawOfLabel.TryGetValue(label, out var raw))
            {
                raw = rawLabels.Count;
                rawOfLabel.Add(label, raw);
                rawLabels.Add(label);
                rawOrder.Add(members.Length == 1 && attributes[members[0]].IsBinned ? cellCodes[c][members[0]] : 0);
                rawReal.Add(0);
                rawSynthetic.Add(0);
            }

            cellRaw[c] = raw;
            rawReal[raw] += realCount[c];
            rawSynthetic[raw] += syntheticCount[c];
        }

        var kept = Enumerable.Range(0, rawLabels.Count)
            .Where(r => rawReal[r] >= minGroupSize)
            .OrderBy(r => rawOrder[r])
            .ThenByDescending(r => rawReal[r])
            .ThenBy(r => rawLabels[r], StringComparer.Ordinal)
            .ToList();
        var pooled = Enumerable.Range(0, rawLabels.Count)
            .Where(r => rawReal[r] < minGroupSize)
            .OrderByDescending(r => rawReal[r])
            .ThenBy(r => rawLabels[r], StringComparer.Ordinal)
            .Select(r => new PooledGroup(rawLabels[r], rawReal[r], rawSynthetic[r]))
            .ToImmutableArray();
        var groupOfRaw = new int[rawLabels.Count];
        Array.Fill(groupOfRaw, kept.Count);
        for (var g = 0; g < kept.Count; g++)
        {
            groupOfRaw[kept[g]] = g;
        }

        var labels = kept.Select(r => rawLabels[r]).ToList();
        var other = -1;
        if (!pooled.IsEmpty)
        {
            other = labels.Count;
            labels.Add(Grouping.OtherLabel);
        }

        var cellToGroup = new int[cellCodes.Count];
        for (var c = 0; c < cellToGroup.Length; c++)
        {
            cellToGroup[c] = groupOfRaw[cellRaw[c]];
        }

        return new Grouping(name, [.. labels], cellToGroup, other, pooled);
    }
}
