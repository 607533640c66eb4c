using System.Collections.Immutable;
using System.Globalization;

namespace SynthAudit.Generation.Domain;

/// <summary>The public domain of one column: bin edges (numeric) or categories, plus the other and missing levels.</summary>
/// <remarks>Model levels, in order: the bins (e_k ≤ v &lt; e_{k+1}, the upper bound in the last bin) or the categories;
/// then <c>other</c> when declared (categorical values outside the list); then <c>missing</c> when declared
/// (docs/dp-generator.md 2.2, 2.3, 2.6). Values below or above the bounds are clipped to the first or last bin.</remarks>
public sealed record DomainColumn
{
    /// <summary>The column name (as in the CSV header).</summary>
    public required string Name { get; init; }

    /// <summary>Numeric or categorical.</summary>
    public required DomainColumnKind Kind { get; init; }

    /// <summary>Increasing bin edges e_0 = lower &lt; … &lt; e_B = upper (numeric columns).</summary>
    public ImmutableArray<double> Edges { get; init; } = ImmutableArray<double>.Empty;

    /// <summary>Whether the numeric values are integers (sampled back as integers).</summary>
    public bool Integer { get; init; }

    /// <summary>The allowed values, in order (categorical columns).</summary>
    public ImmutableArray<string> Categories { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Whether values outside <see cref="Categories"/> map to an explicit other level.</summary>
    public bool Other { get; init; }

    /// <summary>Whether missing values have their own level (on by default).</summary>
    public bool Missing { get; init; } = true;

    /// <summary>Where the domain came from: <c>public</c> (a domain file) or <c>learned</c> (with budget).</summary>
    public string Source { get; init; } = "public";

    /// <summary>Set by <see cref="DomainLearner"/> when no value range of a numeric column stood out of the noise, so the
    /// learned edges are a placeholder (generation refuses such a domain).</summary>
    internal bool WithoutSignal { get; init; }

    /// <summary>The number of bins or categories (before other and missing).</summary>
    public int ValueLevels => Kind == DomainColumnKind.Numeric ? Math.Max(0, Edges.Length - 1) : Categories.Length;

    /// <summary>The index of the other level, or -1.</summary>
    public int OtherIndex => Kind == DomainColumnKind.Categorical && Other ? ValueLevels : -1;

    /// <summary>The index of the missing level, or -1.</summary>
    public int MissingIndex => Missing ? ValueLevels + (OtherIndex >= 0 ? 1 : 0) : -1;

    /// <summary>The number of model levels n_i (values, other, missing).</summary>
    public int Size => ValueLevels + (OtherIndex >= 0 ? 1 : 0) + (Missing ? 1 : 0);

    /// <summary>A readable label for level <paramref name="index"/> (for reports and the TV harness).</summary>
    public string LevelLabel(int index)
    {
        if (index == MissingIndex)
        {
            return "(missing)";
        }

        if (index == OtherIndex)
        {
            return "(other)";
        }

        return Kind == DomainColumnKind.Categorical
            ? Categories[index]
            : string.Create(CultureInfo.InvariantCulture, $"[{Edges[index]:R}, {Edges[index + 1]:R})");
    }
}
