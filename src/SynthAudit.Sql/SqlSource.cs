using SynthAudit.Core.Marginals;

namespace SynthAudit.Sql;

/// <summary>One input file of an engine and the table it becomes.</summary>
/// <param name="Side">Which table of the audit the file holds.</param>
/// <param name="Path">The file path.</param>
/// <param name="Format">The file format.</param>
public sealed record SqlSource(MarginalSide Side, string Path, SqlSourceFormat Format);
