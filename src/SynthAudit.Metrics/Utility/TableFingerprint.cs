using System.Globalization;
using System.Runtime.CompilerServices;
using SynthAudit.Core.Data;

namespace SynthAudit.Metrics.Utility;

/// <summary>A content hash of a table (names, values, codes) for shared-computation keys that must survive re-alignment.</summary>
internal static class TableFingerprint
{
    private static readonly ConditionalWeakTable<Table, string> s_cache = new();

    /// <summary>A 64-bit FNV-1a hash of the table's columns, as hex; "none" for null.</summary>
    public static string Of(Table? table) => table is null ? "none" : s_cache.GetValue(table, Compute);

    private static string Compute(Table table)
    {
        var hash = 14695981039346656037UL;
        void Mix(ulong value)
        {
            for (var b = 0; b < 8; b++)
            {
                hash ^= (value >> (8 * b)) & 0xFF;
                hash *= 1099511628211UL;
            }
        }

        Mix((ulong)table.RowCount);
        foreach (var column in table.Columns)
        {
            foreach (var ch in column.Name)
            {
                Mix(ch);
            }

            if (column is NumericColumn numeric)
            {
                foreach (var v in numeric.Values)
                {
                    Mix((ulong)BitConverter.DoubleToInt64Bits(v));
                }
            }
            else if (column is CategoricalColumn categorical)
            {
                foreach (var code in categorical.Codes)
                {
                    Mix((ulong)(long)code);
                }
            }
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
