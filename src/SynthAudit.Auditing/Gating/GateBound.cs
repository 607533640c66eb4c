namespace SynthAudit.Auditing.Gating;

/// <summary>Which side of a threshold a gate wants the metric on.</summary>
public enum GateBound
{
    /// <summary><c>min:</c> the whole interval must lie above the threshold.</summary>
    Min,

    /// <summary><c>max:</c> the whole interval must lie below the threshold.</summary>
    Max,
}
