using SynthAudit.Core.Data;

namespace SynthAudit.Auditing.Configuration;

/// <summary>What the audit config says about one column: a forced kind and/or a role.</summary>
/// <param name="Kind">The kind to use instead of the inferred one, if given.</param>
/// <param name="Role">The role (target, sensitive, excluded or feature), if given.</param>
internal sealed record ColumnConfig(ColumnKind? Kind, ColumnRole? Role);
