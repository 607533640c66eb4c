using System.Text.Encodings.Web;
using System.Text.Json;
using SynthAudit.Core.Results;
using SynthAudit.Reports.Json.Documents;

namespace SynthAudit.Reports.Json;

/// <summary>Writes an <see cref="AuditResult"/> as audit.json (docs/contract.md, docs/schema/audit.schema.json): a fixed key
/// order, invariant numbers, no NaN.</summary>
/// <remarks>The document shape is <c>Json/Documents/AuditDocument</c>, serialised by System.Text.Json source generation
/// (<see cref="ReportJsonContext"/>). Keys beyond the contract (datasetName, commandLine, settings, dpGuarantee; per metric
/// ciMethod, warnings, figures) are additions that scripts may ignore. Same result gives the same bytes.</remarks>
public static class AuditJsonWriter
{
    /// <summary>Options for an indented, readable file (non-ASCII kept as is, HTML-sensitive characters escaped).</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="result"/> to <paramref name="writer"/>.</summary>
    public static void Write(AuditResult result, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, AuditDocumentMapper.ToDocument(result), ReportJsonContext.Default.AuditDocument);
    }
}
