using System.Collections.Immutable;

namespace SynthAudit.Core.Schema;

/// <summary>A schema inferred from the real data, with the warnings inference raised (excluded identifiers, constants, ...).</summary>
/// <param name="Schema">The schema.</param>
/// <param name="Warnings">What the reader should know about the inference.</param>
public sealed record InferredSchema(TableSchema Schema, ImmutableArray<string> Warnings);
