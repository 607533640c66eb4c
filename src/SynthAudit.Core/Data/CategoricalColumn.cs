using System.Collections.Immutable;

namespace SynthAudit.Core.Data;

/// <summary>A column of integer codes into a list of levels (categorical, boolean or text identifier).</summary>
/// <remarks>Missing values have the code <see cref="MissingCode"/>. Tables that are compared share one level list
/// per column (see <c>TableAligner</c>), so equal codes mean equal values across tables.</remarks>
public sealed class CategoricalColumn : Column
{
    /// <summary>The code of a missing value.</summary>
    public const int MissingCode = -1;

    /// <summary>Creates the column over <paramref name="codes"/> (not copied).</summary>
    public CategoricalColumn(string name, int[] codes, ImmutableArray<string> levels, ColumnKind kind = ColumnKind.Categorical)
        : base(name, kind)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (kind is ColumnKind.Numeric or ColumnKind.Datetime)
        {
            throw new ArgumentException("A categorical column cannot have a numeric kind.", nameof(kind));
        }

        Codes = codes;
        Levels = levels.IsDefault ? ImmutableArray<string>.Empty : levels;
    }

    /// <summary>The code of each row: an index into <see cref="Levels"/>, or <see cref="MissingCode"/>.</summary>
    public int[] Codes { get; }

    /// <summary>The levels, in order of first appearance in the real data.</summary>
    public ImmutableArray<string> Levels { get; }

    /// <inheritdoc />
    public override int Length => Codes.Length;

    /// <inheritdoc />
    public override bool IsMissing(int row) => Codes[row] < 0;

    /// <summary>The level of <paramref name="row"/>, or null when missing.</summary>
    public string? ValueAt(int row) => Codes[row] < 0 ? null : Levels[Codes[row]];

    /// <inheritdoc />
    public override Column Take(ReadOnlySpan<int> rows)
    {
        var codes = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            codes[i] = Codes[rows[i]];
        }

        return new CategoricalColumn(Name, codes, Levels, Kind);
    }

    /// <inheritdoc />
    public override Column WithKind(ColumnKind kind) => new CategoricalColumn(Name, Codes, Levels, kind);
}
