using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Errors;

namespace SynthAudit.Generation.Domain;

/// <summary>Maps the raw CSV columns onto the public domain's level indices, row by row and data-independently.</summary>
/// <remarks>Numeric: NaN → missing; clamp to [e_0, e_B]; bin k with e_k ≤ v &lt; e_{k+1}, the upper bound in the last bin.
/// Categorical: the listed value's index; an unlisted value → other (or missing, or the first level, when other is not
/// declared); empty → missing (or other/first level when missing is not declared). Rows mapped out of the domain are
/// counted per column; those counts are private and reach only the data owner's console, never the dp.json card.</remarks>
public static class DomainEncoder
{
    /// <summary>Checks that every domain column exists in the file with a compatible kind (no data values are read).</summary>
    /// <exception cref="SchemaMismatchException">A column is missing, or declared numeric but holds text.</exception>
    public static void CheckColumns(CsvFile file, DomainSpec domain)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(domain);
        foreach (var c in domain.Columns)
        {
            var data = file.Find(c.Name) ?? throw new SchemaMismatchException(file.Path, c.Name, "the domain file names a column the data does not have");
            if (c.Kind == DomainColumnKind.Numeric && !data.IsNumeric)
            {
                throw new SchemaMismatchException(file.Path, c.Name, "the domain file says numeric but the column holds text");
            }
        }
    }

    /// <summary>Encodes the file; <paramref name="outOfDomain"/> receives the per-column count of clipped or remapped values.</summary>
    internal static EncodedTable Encode(CsvFile file, DomainSpec domain, out ImmutableArray<int> outOfDomain)
    {
        CheckColumns(file, domain);
        var columns = new int[domain.Columns.Length][];
        var counts = new int[domain.Columns.Length];
        Parallel.For(0, columns.Length, i =>
        {
            var spec = domain.Columns[i];
            var data = file.Find(spec.Name)!;
            columns[i] = spec.Kind == DomainColumnKind.Numeric
                ? EncodeNumeric(spec, data.Numbers!, out counts[i])
                : EncodeCategorical(spec, data, out counts[i]);
        });
        outOfDomain = [.. counts];
        return new EncodedTable(columns, domain.Sizes(), file.RowCount);
    }

    /// <summary>The bin of a numeric value (clamped), and whether it had to be clamped.</summary>
    internal static int Bin(ImmutableArray<double> edges, double v, out bool clipped)
    {
        var bins = edges.Length - 1;
        clipped = v < edges[0] || v > edges[^1];
        if (v >= edges[^1])
        {
            return bins - 1;
        }

        if (v < edges[0])
        {
            return 0;
        }

        // The last k with edges[k] <= v.
        int lo = 0, hi = bins - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (edges[mid] <= v)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private static int[] EncodeNumeric(DomainColumn spec, double[] values, out int outOfDomain)
    {
        var codes = new int[values.Length];
        var count = 0;
        var fallbackMissing = spec.Missing ? spec.MissingIndex : 0;
        for (var r = 0; r < values.Length; r++)
        {
            var v = values[r];
            if (double.IsNaN(v))
            {
                codes[r] = fallbackMissing;
                count += spec.Missing ? 0 : 1;
                continue;
            }

            codes[r] = Bin(spec.Edges, v, out var clipped);
            count += clipped ? 1 : 0;
        }

        outOfDomain = count;
        return codes;
    }

    private static int[] EncodeCategorical(DomainColumn spec, CsvColumnData data, out int outOfDomain)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < spec.Categories.Length; k++)
        {
            index[spec.Categories[k]] = k;
        }

        var unlisted = spec.OtherIndex >= 0 ? spec.OtherIndex : spec.Missing ? spec.MissingIndex : 0;
        var missing = spec.Missing ? spec.MissingIndex : unlisted;
        var codes = new int[data.Numbers?.Length ?? data.Codes!.Length];
        var count = 0;
        if (data.Codes is not null)
        {
            var map = new int[data.Levels.Length];
            var mapOut = new bool[data.Levels.Length];
            for (var l = 0; l < map.Length; l++)
            {
                mapOut[l] = !index.TryGetValue(data.Levels[l], out map[l]);
                if (mapOut[l])
                {
                    map[l] = unlisted;
                }

                mapOut[l] &= spec.OtherIndex < 0;
            }

            for (var r = 0; r < codes.Length; r++)
            {
                var code = data.Codes[r];
                if (code < 0)
                {
                    codes[r] = missing;
                    count += spec.Missing ? 0 : 1;
                }
                else
                {
                    codes[r] = map[code];
                    count += mapOut[code] ? 1 : 0;
                }
            }
        }
        else
        {
            var numbers = data.Numbers!;
            for (var r = 0; r < codes.Length; r++)
            {
                var v = numbers[r];
                if (double.IsNaN(v))
                {
                    codes[r] = missing;
                    count += spec.Missing ? 0 : 1;
                    continue;
                }

                var text = v == Math.Floor(v) && Math.Abs(v) < 1e15
                    ? ((long)v).ToString(CultureInfo.InvariantCulture)
                    : v.ToString("R", CultureInfo.InvariantCulture);
                if (index.TryGetValue(text, out var k))
                {
                    codes[r] = k;
                }
                else
                {
                    codes[r] = unlisted;
                    count += spec.OtherIndex < 0 ? 1 : 0;
                }
            }
        }

        outOfDomain = count;
        return codes;
    }
}
