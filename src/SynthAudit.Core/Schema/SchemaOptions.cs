using System.Collections.Immutable;
using SynthAudit.Core.Data;

namespace SynthAudit.Core.Schema;

/// <summary>User choices that override schema inference: roles, excluded columns and forced kinds.</summary>
public sealed record SchemaOptions
{
    /// <summary>The target column (<c>--target</c>).</summary>
    public string? Target { get; init; }

    /// <summary>Protected attributes (<c>--sensitive</c>).</summary>
    public ImmutableArray<string> Sensitive { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Columns left out of every metric (<c>--exclude</c>).</summary>
    public ImmutableArray<string> Exclude { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Forced kinds per column (from the audit config).</summary>
    public ImmutableDictionary<string, ColumnKind> Kinds { get; init; } = ImmutableDictionary<string, ColumnKind>.Empty;

    /// <summary>The default: everything inferred.</summary>
    public static SchemaOptions Default { get; } = new();
}
