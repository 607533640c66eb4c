namespace SynthAudit.Generation.Privacy;

/// <summary>A source of uniform random bits for the DP samplers (which build everything else from them).</summary>
public interface IDpRandom
{
    /// <summary>64 uniform random bits.</summary>
    ulong NextUInt64();

    /// <summary>Whether the stream is seeded (reproducible, therefore NOT private).</summary>
    bool IsSeeded { get; }
}
