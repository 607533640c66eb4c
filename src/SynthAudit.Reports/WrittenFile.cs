namespace SynthAudit.Reports;

/// <summary>A report file that was written, with the hash of its bytes (for the audit trail).</summary>
/// <param name="Format">The format name.</param>
/// <param name="Path">The full path.</param>
/// <param name="Sha256">The lower-case hex SHA-256 of the bytes written.</param>
public sealed record WrittenFile(string Format, string Path, string Sha256);
