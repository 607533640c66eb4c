using SynthAudit.Core.Csv;

namespace SynthAudit.Auditing.Pipeline;

/// <summary>One input as read: where it came from, its columns and the SHA-256 recorded in the report.</summary>
internal sealed record SourceTable(TableSource Source, CsvFile File, string Sha256);
