using System.Collections.Immutable;
using SynthAudit.Core.Csv;

namespace SynthAudit.Generation.Domain;

/// <summary>Drafts a domain from the data itself, for a human to review or replace: NOT private.</summary>
/// <remarks>Numeric columns: integer columns spanning at most 100 values get one bin per value (half-integer edges); other
/// numeric columns get the union of 20 quantile edges and 10 equal-width edges between the minimum and maximum. Text
/// columns: their distinct values (the 200 most frequent when there are more) sorted ordinally, plus other. Every column gets
/// a missing level. Bounds, edges and category lists read from the private data reveal it (a minimum is one person's
/// value; a rare category proves someone has it), so the draft must be reviewed and replaced by public knowledge.</remarks>
public static class DomainDrafter
{
    private const int MaxCategories = 200;

    /// <summary>Drafts the domain of every column of <paramref name="file"/>.</summary>
    public static DomainSpec Draft(CsvFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var columns = ImmutableArray.CreateBuilder<DomainColumn>();
        foreach (var c in file.Columns)
        {
            columns.Add(c.IsNumeric ? DraftNumeric(c) : DraftCategorical(c));
        }

        return new DomainSpec(columns.ToImmutable());
    }

    private static DomainColumn DraftNumeric(CsvColumnData c)
    {
        var values = c.Numbers!.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (values.Length == 0)
        {
            return new DomainColumn { Name = c.Name, Kind = DomainColumnKind.Numeric, Edges = [0, 1], Integer = true };
        }

        var integer = values.All(v => v == Math.Floor(v));
        var min = values[0];
        var max = values[^1];
        double[] edges;
        if (integer && max - min <= 100)
        {
            edges = [.. Enumerable.Range(0, (int)(max - min) + 2).Select(k => min - 0.5 + k)];
        }
        else if (max == min)
        {
            edges = [min - 0.5, max + 0.5];
        }
        else
        {
            var set = new SortedSet<double>();
            for (var k = 0; k <= 20; k++)
            {
                set.Add(Round(values[(int)Math.Round(k / 20.0 * (values.Length - 1))], integer));
            }

            for (var k = 0; k <= 10; k++)
            {
                set.Add(Round(min + ((max - min) * k / 10.0), integer));
            }

            set.Add(min);
            set.Add(max);
            edges = [.. set.Where(e => e >= min && e <= max)];
        }

        return new DomainColumn { Name = c.Name, Kind = DomainColumnKind.Numeric, Edges = [.. edges], Integer = integer };
    }

    private static double Round(double v, bool integer)
    {
        if (integer)
        {
            return Math.Round(v);
        }

        if (v == 0)
        {
            return 0;
        }

        var digits = 4 - (int)Math.Floor(Math.Log10(Math.Abs(v))) - 1;
        return digits >= 0 ? Math.Round(v, Math.Min(digits, 15)) : Math.Round(v / Math.Pow(10, -digits)) * Math.Pow(10, -digits);
    }

    private static DomainColumn DraftCategorical(CsvColumnData c)
    {
        var counts = new int[c.Levels.Length];
        foreach (var code in c.Codes!)
        {
            if (code >= 0)
            {
                counts[code]++;
            }
        }

        var levels = Enumerable.Range(0, counts.Length).Where(l => counts[l] > 0)
            .OrderByDescending(l => counts[l]).ThenBy(l => c.Levels[l], StringComparer.Ordinal)
            .Take(MaxCategories).Select(l => c.Levels[l]).Order(StringComparer.Ordinal);
        return new DomainColumn { Name = c.Name, Kind = DomainColumnKind.Categorical, Categories = [.. levels], Other = true };
    }
}
