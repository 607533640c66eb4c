namespace SynthAudit.Auditing.Gating;

/// <summary>The three-state outcome of one gate (docs/metrics.md section 6.3).</summary>
public enum GateOutcome
{
    /// <summary>The whole interval is on the good side of the bound.</summary>
    Pass,

    /// <summary>The whole interval is on the wrong side of the bound.</summary>
    Fail,

    /// <summary>The bound lies inside the interval: the data cannot tell.</summary>
    Inconclusive,
}
