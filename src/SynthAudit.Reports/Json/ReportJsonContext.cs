using System.Text.Json.Serialization;
using SynthAudit.Reports.Json.Documents;

namespace SynthAudit.Reports.Json;

/// <summary>System.Text.Json source generation for audit.json, compare.json and attack.json: the documents' shape is declared once, in
/// the records under <c>Json/Documents</c>, and both writing and reading go through it.</summary>
/// <remarks>Formatting (indentation, escaping) comes from the <see cref="System.Text.Json.Utf8JsonWriter"/> the documents are
/// written to (<see cref="AuditJsonWriter.WriterOptions"/>), so the output is byte-identical to the hand-written writer it
/// replaced. Missing <c>required</c> properties and nulls where the documents do not allow them fail the read.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(AuditDocument))]
[JsonSerializable(typeof(ComparisonDocument))]
[JsonSerializable(typeof(AttackDocument))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
