namespace SynthAudit.Reports.Document;

/// <summary>A cell's emphasis; the text always says the same thing in words, colour only supports it.</summary>
public enum CellTone
{
    /// <summary>No emphasis.</summary>
    None,

    /// <summary>A good verdict or a low risk.</summary>
    Good,

    /// <summary>A fair verdict or a medium risk.</summary>
    Fair,

    /// <summary>A poor verdict or a high risk.</summary>
    Poor,

    /// <summary>Not evaluated or skipped.</summary>
    Muted,
}
