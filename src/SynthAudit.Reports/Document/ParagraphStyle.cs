namespace SynthAudit.Reports.Document;

/// <summary>How a paragraph is set.</summary>
public enum ParagraphStyle
{
    /// <summary>Body text.</summary>
    Body,

    /// <summary>A small explanatory note.</summary>
    Note,

    /// <summary>A warning the reader must see.</summary>
    Warning,

    /// <summary>A monospace line (command line, hash).</summary>
    Code,

    /// <summary>Reference text a reader looks things up in (methods, appendices): set smaller than body text, same colour.</summary>
    Reference,
}
