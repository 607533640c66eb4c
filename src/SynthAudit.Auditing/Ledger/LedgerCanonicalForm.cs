using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SynthAudit.Auditing.Ledger;

/// <summary>The canonical serialisation of a ledger entry and the hash that chains the records.</summary>
/// <remarks>The payload is compact JSON with a fixed key order, UTC times to the second written as
/// <c>yyyy-MM-ddTHH:mm:ssZ</c>, numbers in their shortest round-trip form and no optional whitespace, so the same entry
/// always gives the same bytes. A record's hash is the lower-case hex SHA-256 of the UTF-8 text
/// <c>sequence + "\n" + previous hash + "\n" + payload</c>; the first record's previous hash is 64 zeros.</remarks>
internal static class LedgerCanonicalForm
{
    /// <summary>The previous hash of the first record.</summary>
    public static readonly string Genesis = new('0', 64);

    private const int FormatVersion = 1;

    private static readonly JsonWriterOptions s_options = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The canonical JSON of <paramref name="entry"/>.</summary>
    public static string Serialize(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, s_options))
        {
            w.WriteStartObject();
            w.WriteNumber("v", FormatVersion);
            w.WriteString("timeUtc", entry.TimeUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.WriteString("tool", entry.ToolVersion);
            w.WriteString("command", entry.Command);
            WriteNullableString(w, "commandLine", entry.CommandLine);
            if (entry.Seed is { } seed)
            {
                w.WriteNumber("seed", seed);
            }
            else
            {
                w.WriteNull("seed");
            }

            WriteNullableString(w, "configSha256", entry.ConfigSha256);
            WriteFiles(w, "inputs", entry.Inputs);
            w.WriteStartArray("results");
            foreach (var r in entry.Results)
            {
                w.WriteStartObject();
                w.WriteString("key", r.Key);
                WriteNullableNumber(w, "value", r.Value);
                WriteNullableNumber(w, "low", r.Low);
                WriteNullableNumber(w, "high", r.High);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteFiles(w, "outputs", entry.Outputs);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a payload back.</summary>
    /// <exception cref="JsonException">The payload is not a ledger entry.</exception>
    public static LedgerEntry Parse(string payload)
    {
        using var doc = JsonDocument.Parse(payload);
        var root = doc.RootElement;
        try
        {
            return new LedgerEntry(
                DateTimeOffset.Parse(root.GetProperty("timeUtc").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                root.GetProperty("tool").GetString()!,
                root.GetProperty("command").GetString()!,
                root.GetProperty("seed").ValueKind == JsonValueKind.Number ? root.GetProperty("seed").GetInt64() : null,
                ReadFiles(root.GetProperty("inputs")),
                [.. root.GetProperty("results").EnumerateArray().Select(r => new LedgerHeadline(
                    r.GetProperty("key").GetString()!, Number(r, "value"), Number(r, "low"), Number(r, "high")))],
                ReadFiles(root.GetProperty("outputs")))
            {
                CommandLine = root.GetProperty("commandLine").GetString(),
                ConfigSha256 = root.GetProperty("configSha256").GetString(),
            };
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new JsonException("not a ledger entry: " + ex.Message, ex);
        }
    }

    /// <summary>The hash of a record with <paramref name="sequence"/>, <paramref name="previousHash"/> and <paramref name="payload"/>.</summary>
    public static string Hash(long sequence, string previousHash, string payload)
    {
        var text = sequence.ToString(CultureInfo.InvariantCulture) + "\n" + previousHash + "\n" + payload;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static void WriteFiles(Utf8JsonWriter w, string name, ImmutableArray<LedgerFile> files)
    {
        w.WriteStartArray(name);
        foreach (var f in files)
        {
            w.WriteStartObject();
            w.WriteString("role", f.Role);
            w.WriteString("path", f.Path);
            w.WriteString("sha256", f.Sha256);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static ImmutableArray<LedgerFile> ReadFiles(JsonElement array) =>
        [.. array.EnumerateArray().Select(f => new LedgerFile(f.GetProperty("role").GetString()!, f.GetProperty("path").GetString()!, f.GetProperty("sha256").GetString()!))];

    private static void WriteNullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNullableNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static double? Number(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Number ? e.GetProperty(name).GetDouble() : null;
}
