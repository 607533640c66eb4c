using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Results.Compliance;

namespace SynthAudit.Metrics.Privacy.Identifiers;

/// <summary>Scans the real and the synthetic table for the 18 HIPAA Safe Harbor identifiers and the GDPR direct identifiers,
/// by column name and value pattern, and returns the Safe Harbor checklist.</summary>
/// <remarks>
/// <para>Every column of both tables is scanned, whatever its role in the metrics: an excluded column is still released.
/// Each matching rule gives an entry <c>{column, item, status, evidence}</c>; the evidence names the rule and the share of
/// matching values and never quotes a value. A column of a direct identifier (name, contact detail, number, address) whose
/// synthetic values copy real values verbatim is <c>fail</c> and <see cref="IdentifierFinding.Critical"/>: a real person's
/// identifier would be published.</para>
/// <para>Items no column matches get one entry without a column: <c>pass</c> when the scan can decide it from names and
/// value patterns, and for item (R), "any other unique identifying number, characteristic, or code", always
/// <c>needs-review</c>: no scan can rule out a rare combination of attributes, so the reviewer decides (with the
/// singling-out risk). The rule is 45 CFR §164.514(b)(2); the 3-digit ZIP exception uses the 17 prefixes HHS lists in its
/// 2012 de-identification guidance.</para>
/// </remarks>
public static class IdentifierScanner
{
    /// <summary>Scans <paramref name="real"/> and <paramref name="synthetic"/> (either may be null).</summary>
    public static ImmutableArray<IdentifierFinding> Scan(CsvFile? real, CsvFile? synthetic)
    {
        var realColumns = real?.Columns.Select(ColumnValues.From).ToList() ?? [];
        var syntheticColumns = synthetic?.Columns.Select(ColumnValues.From).ToList() ?? [];
        var names = realColumns.Select(c => c.Name).Concat(syntheticColumns.Select(c => c.Name)).Distinct(StringComparer.Ordinal).ToList();
        var entries = new List<(int Order, char Item, IdentifierFinding Finding)>();
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var r = realColumns.FirstOrDefault(c => c.Name == name);
            var s = syntheticColumns.FirstOrDefault(c => c.Name == name);
            var realHits = r is null ? [] : IdentifierRules.Check(r);
            var syntheticHits = s is null ? [] : IdentifierRules.Check(s);
            foreach (var item in realHits.Select(h => h.Item).Concat(syntheticHits.Select(h => h.Item)).Distinct())
            {
                var inReal = Worst(realHits.Where(h => h.Item == item));
                var inSynthetic = Worst(syntheticHits.Where(h => h.Item == item));
                entries.Add((i, item, Merge(name, item, inReal, inSynthetic, r, s)));
            }
        }

        var scanned = names.Count;
        var result = ImmutableArray.CreateBuilder<IdentifierFinding>();
        foreach (var item in SafeHarborItem.All)
        {
            var forItem = entries.Where(e => e.Item == item.Letter).OrderBy(e => e.Order).Select(e => e.Finding).ToList();
            result.AddRange(forItem);
            if (item.Letter == 'R')
            {
                result.Add(new IdentifierFinding(null, item.Label, IdentifierStatus.NeedsReview,
                    "no scan can rule out a rare value or combination of values that identifies a person: the reviewer decides, with the singling-out risk and the declared quasi-identifiers"));
            }
            else if (forItem.Count == 0)
            {
                result.Add(new IdentifierFinding(null, item.Label, IdentifierStatus.Pass, string.Create(CultureInfo.InvariantCulture,
                    $"no column name or value pattern matched ({scanned} columns scanned in the real and synthetic data)")));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The status of a Safe Harbor item over all its entries: fail if any fails, else needs-review if any needs
    /// review, else pass.</summary>
    public static IdentifierStatus ItemStatus(IEnumerable<IdentifierFinding> findings) =>
        findings.Select(f => f.Status).DefaultIfEmpty(IdentifierStatus.Pass).Max();

    private static ColumnHit? Worst(IEnumerable<ColumnHit> hits) => hits.OrderByDescending(h => h.Status).FirstOrDefault();

    private static IdentifierFinding Merge(string column, char item, ColumnHit? real, ColumnHit? synthetic, ColumnValues? r, ColumnValues? s)
    {
        var label = SafeHarborItem.Of(item).Label;
        var status = (IdentifierStatus)Math.Max((int)(real?.Status ?? IdentifierStatus.Pass), (int)(synthetic?.Status ?? IdentifierStatus.Pass));
        string evidence;
        string table;
        if (real is not null && synthetic is not null)
        {
            table = "both";
            evidence = real.Evidence == synthetic.Evidence ? real.Evidence + " (real and synthetic)" : "real: " + real.Evidence + "; synthetic: " + synthetic.Evidence;
        }
        else if (real is not null)
        {
            table = "real";
            evidence = "real: " + real.Evidence + (s is null ? "; the synthetic data has no such column" : "; the synthetic column does not match this rule");
        }
        else
        {
            table = "synthetic";
            evidence = "synthetic: " + synthetic!.Evidence + "; not seen in the real data";
        }

        var critical = false;
        // Either table's hit makes the column a direct identifier: a generator that samples real keys with replacement
        // gives a synthetic column too repetitive for the uniqueness rule, yet every value it publishes is a real key.
        if ((synthetic is { Direct: true, Status: not IdentifierStatus.Pass } || real is { Direct: true, Status: not IdentifierStatus.Pass })
            && r is not null && s is not null)
        {
            var (share, copied) = Copied(r, s);
            if (copied > 0)
            {
                critical = true;
                status = IdentifierStatus.Fail;
                evidence += string.Create(CultureInfo.InvariantCulture,
                    $"; CRITICAL: {IdentifierRules.Percent(share)} of synthetic values ({copied} rows) copy a real value verbatim");
            }
        }

        return new IdentifierFinding(column, label, status, evidence) { Critical = critical, Table = table };
    }

    private static (double Share, int Rows) Copied(ColumnValues real, ColumnValues synthetic)
    {
        var rows = 0;
        foreach (var (value, count) in synthetic.Counts)
        {
            if (real.Counts.ContainsKey(value))
            {
                rows += count;
            }
        }

        return (synthetic.NonMissing == 0 ? 0 : (double)rows / synthetic.NonMissing, rows);
    }
}
