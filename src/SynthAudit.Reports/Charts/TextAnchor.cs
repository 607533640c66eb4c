namespace SynthAudit.Reports.Charts;

/// <summary>Where a text's anchor point sits horizontally (the anchor is on the baseline).</summary>
public enum TextAnchor
{
    /// <summary>The text starts at the anchor.</summary>
    Start,

    /// <summary>The text is centred on the anchor.</summary>
    Middle,

    /// <summary>The text ends at the anchor.</summary>
    End,
}
