using System.Collections.Immutable;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;

namespace SynthAudit.Auditing.Pipeline;

/// <summary>The inputs of an audit after reading, schema inference and alignment.</summary>
internal sealed record LoadedAudit(AuditInput Input, ImmutableArray<InputInfo> Inputs, ImmutableArray<string> Warnings, DpCardCheck Dp)
{
    /// <summary>The identifier scan of the real and synthetic tables.</summary>
    public ImmutableArray<Core.Results.Compliance.IdentifierFinding> IdentifierScan { get; init; } = [];
}
