namespace SynthAudit.Core.Results;

/// <summary>Provenance of one input file.</summary>
/// <param name="Role">real, synthetic or holdout.</param>
/// <param name="Path">The path as given.</param>
/// <param name="Sha256">The SHA-256 of the file bytes, lower-case hex.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Columns">Columns read.</param>
public sealed record InputInfo(string Role, string Path, string Sha256, int Rows, int Columns);
