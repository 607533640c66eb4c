using System.Collections.Immutable;
using SynthAudit.Core.Csv;

namespace SynthAudit.Generation.Domain;

/// <summary>Drafts a domain from the data itself, for a human to review or replace: NOT private.</summary>
/// <remarks>Numeric columns: integer columns spanning at most 100 values get one bin per value (half-integer edges); other
/// numeric columns get the union of 20 quantile edges and 10 equal-width edges between the minimum and maximum, plus a bin of its
/// own for every exact value held by at least 1/40 of the rows (so un-binning reproduces point masses such as the zeros of a
/// capital-gain column); integer columns use half-integer edges so every bin's integers stay inside it. Text
/// columns: their distinct values (the 200 most frequent when there are more) sorted ordinally, plus other. Every column gets
/// a missing level. Bounds, edges and category lists read from the private data reveal it (a minimum is one person's
/// value; a rare category proves someone has it), so the draft must be reviewed and replaced by public knowledge.</remarks>
public static class DomainDrafter
{
    private const int MaxCategories = 200;
    private const int HeavyShare = 40;

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
            // Cut points: quantiles, equal-width points and the bounds; a heavy exact value v gets its own bin [v, v⁺).
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
            var top = integer ? max + 1 : max;
            set.Add(top);
            foreach (var v in HeavyValues(values))
            {
                var after = integer ? v + 1 : Math.BitIncrement(v);
                set.Add(v);
                set.Add(after);
                top = Math.Max(top, after);
            }

            // Integer columns: half-integer edges, so bin [c_k − ½, c_{k+1} − ½) holds the integers c_k .. c_{k+1} − 1.
            edges = [.. set.Where(e => e >= min && e <= top).Select(e => integer ? e - 0.5 : e)];
        }

        return new DomainColumn { Name = c.Name, Kind = DomainColumnKind.Numeric, Edges = [.. edges], Integer = integer };
    }

    /// <summary>The exact values held by at least 1/40 of the rows (half a quantile step), in increasing order.</summary>
    private static List<double> HeavyValues(double[] sorted)
    {
        var heavy = new List<double>();
        var minimum = Math.Max(2, sorted.Length / HeavyShare);
        for (var i = 0; i < sorted.Length;)
        {
            var j = i;
            while (j < sorted.Length && sorted[j] == sorted[i])
            {
                j++;
            }

            if (j - i >= minimum)
            {
                heavy.Add(sorted[i]);
            }

            i = j;
        }

        return heavy;
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
