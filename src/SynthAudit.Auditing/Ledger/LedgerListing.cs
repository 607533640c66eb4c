using System.Globalization;
using System.Text.Json;

namespace SynthAudit.Auditing.Ledger;

/// <summary>Formats one ledger record as a single line for <c>synthaudit ledger list</c>.</summary>
internal static class LedgerListing
{
    /// <summary>The line for <paramref name="record"/>: sequence, time, command, inputs, headline values, short hash.</summary>
    public static string Line(LedgerRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        LedgerEntry entry;
        try
        {
            entry = LedgerCanonicalForm.Parse(record.Payload);
        }
        catch (JsonException)
        {
            return string.Create(CultureInfo.InvariantCulture, $"#{record.Sequence}  (unreadable record)  hash {Short(record.Hash)}");
        }

        var inputs = string.Join(" ", entry.Inputs.Select(i => i.Role + "=" + Path.GetFileName(i.Path) + "@" + Short(i.Sha256, 8)));
        var results = string.Join(" ", entry.Results.Where(r => r.Value is not null).Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{Label(r.Key)}={Number(r.Key, r.Value.GetValueOrDefault())}{(r.Low is { } l && r.High is { } h ? string.Create(CultureInfo.InvariantCulture, $"[{l:0.###},{h:0.###}]") : string.Empty)}")));
        var seed = entry.Seed is { } s ? s.ToString(CultureInfo.InvariantCulture) : "-";
        return string.Create(CultureInfo.InvariantCulture,
            $"#{record.Sequence}  {entry.TimeUtc.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}  {entry.Command,-8}  seed {seed}  {inputs}  {(results.Length == 0 ? "(no headline results)" : results)}  outputs {entry.Outputs.Length}  hash {Short(record.Hash)}");
    }

    /// <summary>A result's label: the family of an audit headline (<c>fidelity</c>), or ε, δ and ρ of a generate record.</summary>
    private static string Label(string key) => key switch
    {
        "dp:epsilon" => "ε",
        "dp:delta" => "δ",
        "dp:rho" => "ρ",
        _ => key.Split(':')[0],
    };

    /// <summary>ε, δ and ρ with four significant digits (ρ is often below 0.001); headline values with three decimals.</summary>
    private static string Number(string key, double value) => key.StartsWith("dp:", StringComparison.Ordinal)
        ? value.ToString("G4", CultureInfo.InvariantCulture)
        : value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Short(string hash, int length = 12) => hash.Length <= length ? hash : hash[..length];
}
