using System.Globalization;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Fairness;

/// <summary>A content hash of the columns the fairness metrics read, used to key work shared through <see cref="MetricContext.Shared"/>.</summary>
/// <remarks><c>compare</c> shares one cache across synthetic sets, so a key must change when the synthetic data does.</remarks>
internal static class FairnessFingerprint
{
    /// <summary>The fingerprint of the protected and target columns of the real and synthetic tables, plus the options.</summary>
    public static string Of(AuditInput input, FairnessOptions options)
    {
        var hash = 0xCBF29CE484222325UL;
        var names = input.Sensitive.ToList();
        if (input.Target is { } target)
        {
            names.Add(target);
        }

        foreach (var table in (ReadOnlySpan<Table>)[input.Real, input.Synthetic])
        {
            hash = Mix(hash, (ulong)table.RowCount);
            foreach (var name in names)
            {
                hash = Mix(hash, Core.Randomness.Fnv1a64.Hash(name));
                switch (table[name])
                {
                    case CategoricalColumn c:
                        foreach (var code in c.Codes)
                        {
                            hash = Mix(hash, (ulong)(long)code);
                        }

                        break;
                    case NumericColumn n:
                        foreach (var v in n.Values)
                        {
                            hash = Mix(hash, (ulong)BitConverter.DoubleToInt64Bits(v));
                        }

                        break;
                }
            }
        }

        hash = Mix(hash, Core.Randomness.Fnv1a64.Hash(options.ToString()));
        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    private static ulong Mix(ulong hash, ulong value)
    {
        hash ^= value;
        hash *= 0x100000001B3UL;
        return hash ^ (hash >> 29);
    }
}
