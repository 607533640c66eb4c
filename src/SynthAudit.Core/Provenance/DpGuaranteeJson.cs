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
        if (!File.Exists(path))
        {
            throw new InputException(path, "file not found");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<DpGuarantee>(stream, s_options)
                ?? throw new InputException(path, "not a privacy card (empty JSON)");
        }
        catch (JsonException ex)
        {
            throw new InputException(path, "not a valid privacy card: " + ex.Message, inner: ex);
        }
    }
}
