using System.Globalization;
using System.Text.Json;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Results;
using SynthAudit.Reports.Json.Documents;

namespace SynthAudit.Reports.Json;

/// <summary>Reads an audit.json back into an <see cref="AuditResult"/> (for <c>gate</c> and <c>compare</c>).</summary>
/// <remarks>Reads through the same source-generated documents as <see cref="AuditJsonWriter"/>, so everything written is read
/// back and writing what was read gives the same bytes.</remarks>
public static class AuditJsonReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, not JSON, not an audit, or from a newer schema version.</exception>
    public static AuditResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new InputException(path, "is a folder, not a file (give the audit.json inside it)");
        }

        if (!File.Exists(path))
        {
            throw new InputException(path, "file not found");
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var doc = JsonDocument.Parse(stream);
            return Parse(doc.RootElement, path);
        }
        catch (JsonException ex)
        {
            throw new InputException(path, "is not valid JSON" + (ex.LineNumber is { } l ? string.Create(CultureInfo.InvariantCulture, $" (line {l + 1})") : string.Empty), inner: ex);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new InputException(path, "is not an audit.json written by synthaudit (" + ex.Message + ")", inner: ex);
        }
    }

    private static AuditResult Parse(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schemaVersion", out var versionElement))
        {
            throw new InputException(path, "is not an audit.json (no schemaVersion)");
        }

        var version = versionElement.GetInt32();
        if (version > AuditResult.CurrentSchemaVersion)
        {
            throw new InputException(path, string.Create(CultureInfo.InvariantCulture,
                $"has schemaVersion {version}, newer than this synthaudit understands ({AuditResult.CurrentSchemaVersion}); upgrade synthaudit"));
        }

        AuditDocument? document;
        try
        {
            document = root.Deserialize(ReportJsonContext.Default.AuditDocument);
        }
        catch (JsonException ex)
        {
            throw new InputException(path, "is not an audit.json written by synthaudit (" + ex.Message + ")", inner: ex);
        }

        return AuditDocumentMapper.ToResult(document ?? throw new InputException(path, "is not an audit.json (null)"));
    }
}
