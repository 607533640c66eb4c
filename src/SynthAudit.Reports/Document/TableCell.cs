namespace SynthAudit.Reports.Document;

/// <summary>One table cell.</summary>
/// <param name="Text">The text (plain; renderers escape it).</param>
/// <param name="Tone">Emphasis.</param>
/// <param name="Mono">Whether to set the text in a monospace font (hashes, paths, command lines).</param>
/// <param name="Numeric">Whether the cell holds a number (right-aligned).</param>
public sealed record TableCell(string Text, CellTone Tone = CellTone.None, bool Mono = false, bool Numeric = false)
{
    /// <summary>Plain text cell.</summary>
    public static implicit operator TableCell(string text) => new(text);

    /// <summary>Plain text cell (named alternative to the implicit conversion).</summary>
    public static TableCell FromString(string text) => new(text);
}
