namespace SynthAudit.Metrics.Privacy;

/// <summary>A <see cref="Condition"/> translated to one table's codes: the rows whose code lies in <c>[Lo, Lo + Width]</c>
/// (or outside it, when <see cref="Negate"/>), or every row, or none.</summary>
/// <param name="Column">The column index.</param>
/// <param name="Lo">The lowest matching code.</param>
/// <param name="Width">The highest matching code minus <paramref name="Lo"/>.</param>
/// <param name="Negate">Whether the rows outside the range match instead.</param>
/// <param name="Kind">Whether the condition matches some rows (a range), every row or no row.</param>
internal readonly record struct CodeRange(int Column, uint Lo, uint Width, bool Negate, CodeRangeKind Kind = CodeRangeKind.Range)
{
    /// <summary>A condition no row of the table meets.</summary>
    public static CodeRange None { get; } = new(0, 0, 0, false, CodeRangeKind.None);

    /// <summary>A condition every row of the table meets.</summary>
    public static CodeRange All { get; } = new(0, 0, 0, false, CodeRangeKind.All);

    /// <summary>The rows whose code is in <c>[lo, hi]</c>.</summary>
    public static CodeRange Between(int column, uint lo, uint hi) => new(column, lo, hi - lo, false);

    /// <summary>The rows whose code is not <paramref name="code"/>.</summary>
    public static CodeRange Except(int column, uint code) => new(column, code, 0, true);
}
