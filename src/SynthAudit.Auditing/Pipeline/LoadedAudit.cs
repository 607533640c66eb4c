using System.Collections.Immutable;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;

namespace SynthAudit.Auditing.Pipeline;

/// <summary>The inputs of an audit after reading, schema inference and alignment.</summary>
internal sealed record LoadedAudit(AuditInput Input, ImmutableArray<InputInfo> Inputs, ImmutableArray<string> Warnings, DpCardCheck Dp);
