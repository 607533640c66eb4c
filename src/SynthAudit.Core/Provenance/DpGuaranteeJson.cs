using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SynthAudit.Core.Errors;

namespace SynthAudit.Core.Provenance;

/// <summary>Reads and writes the <c>SYNTH.csv.dp.json</c> privacy card: camelCase, indented, deterministic.</summary>
public static class DpGuaranteeJson
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>Writes <paramref name="guarantee"/> to <paramref name="stream"/> (left open).</summary>
    public static void Write(DpGuarantee guarantee, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(guarantee);
        JsonSerializer.Serialize(stream, guarantee, s_options);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The card as UTF-8 bytes.</summary>
    public static byte[] ToBytes(DpGuarantee guarantee)
    {
        using var buffer = new MemoryStream();
        Write(guarantee, buffer);
        return buffer.ToArray();
    }

    /// <summary>Reads a card.</summary>
    /// <exception cref="InputException">The file is missing or not a privacy card.</exception>
    public static DpGuarantee Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new InputException(path, "is a folder, not a file");
        }

        if (!File.Exists(path))
        {
            throw new InputException(path, "file not found");
        }

        DpGuarantee? card;
        try
        {
            using var stream = File.OpenRead(path);
            card = JsonSerializer.Deserialize<DpGuarantee>(stream, s_options);
        }
        catch (JsonException ex)
        {
            throw new InputException(path, "not a valid privacy card: " + ex.Message, inner: ex);
        }

        var problem = card is null ? "the JSON is null" : Problem(card);
        if (problem is not null)
        {
            throw new InputException(path, "not a valid privacy card (" + problem + "); regenerate the data with 'synthaudit generate' or remove the card");
        }

        return card!;
    }

    /// <summary>The first missing or out-of-range field of a deserialized card, or null when it is complete.</summary>
    /// <remarks>System.Text.Json leaves a missing field at its default (null, 0, a default array), so a partial card such as
    /// <c>{}</c> deserializes; this check turns it into one clear line instead of a crash later.</remarks>
    public static string? Problem(DpGuarantee card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (string.IsNullOrEmpty(card.Mechanism))
        {
            return "'mechanism' is missing";
        }

        if (!(card.Epsilon > 0) || double.IsInfinity(card.Epsilon))
        {
            return "'epsilon' is missing or not a positive number";
        }

        if (!(card.Delta > 0 && card.Delta < 1))
        {
            return "'delta' is missing or not in (0, 1)";
        }

        if (!(card.Rho > 0) || double.IsInfinity(card.Rho))
        {
            return "'rho' is missing or not a positive number";
        }

        if (card.Measurements.IsDefault || card.Measurements.Any(m => m is null || m.Columns.IsDefault))
        {
            return "'measurements' is missing or malformed";
        }

        if (card.Ledger.IsDefault || card.Ledger.Any(l => l is null || l.Purpose is null || l.Mechanism is null || l.Detail is null))
        {
            return "'ledger' is missing or malformed";
        }

        if (string.IsNullOrEmpty(card.DomainSha256) || string.IsNullOrEmpty(card.DomainSource))
        {
            return "'domainSha256' or 'domainSource' is missing";
        }

        if (card.Conversion is null || card.Neighbouring is null || card.Unit is null || card.Estimator is null || card.ToolVersion is null
            || card.Warnings.IsDefault || card.Warnings.Any(w => w is null))
        {
            return "a text field is null";
        }

        if (card.Rows < 1)
        {
            return "'rows' is missing or not a positive count";
        }

        if (card.DataSha256 is null || card.DataSha256.Length != 64 || !card.DataSha256.All(char.IsAsciiHexDigit))
        {
            return "'dataSha256' is missing (a card written before synthaudit bound cards to their data, or edited)";
        }

        return null;
    }
}
