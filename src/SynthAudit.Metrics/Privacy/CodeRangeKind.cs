namespace SynthAudit.Metrics.Privacy;

/// <summary>What a <see cref="CodeRange"/> selects.</summary>
internal enum CodeRangeKind : byte
{
    /// <summary>The rows whose code is in the range (or outside it, when negated).</summary>
    Range,

    /// <summary>Every row.</summary>
    All,

    /// <summary>No row.</summary>
    None,
}
