using System.Collections.Immutable;
using System.Globalization;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The settings of the three Anonymeter-style attacks (singling out, linkability, inference), one record passed to
/// each of them.</summary>
/// <remarks>Defaults: 2000 attacks per side (Anonymeter's examples use 500–2000; the Wilson half-width of a rate is then at
/// most ±0.022), 3 columns per multivariate singling-out query, up to 100 candidate queries tried per query wanted, the
/// entropy-balanced linkability split, k = 1 neighbour, and the inference secrets chosen by the rule in
/// <see cref="InferenceRiskMetric"/>. Set like Anonymeter's (<c>n_attacks</c>, <c>n_cols</c>, <c>max_attempts</c>,
/// <c>aux_cols</c>, <c>n_neighbors</c>, <c>secret</c>) the attacks compute the same estimands.</remarks>
public sealed record AttackOptions
{
    /// <summary>The default number of attacks (targets or queries) per side.</summary>
    public const int DefaultAttacks = 2000;

    /// <summary>The default number of columns of a multivariate singling-out query.</summary>
    public const int DefaultMultivariateColumns = 3;

    /// <summary>The default number of candidate queries tried per multivariate query wanted.</summary>
    public const int DefaultQueryAttempts = 100;

    /// <summary>The default number of neighbours a linkability attack compares.</summary>
    public const int DefaultLinkNeighbors = 1;

    /// <summary>The defaults.</summary>
    public static AttackOptions Default { get; } = new();

    /// <summary>Attacks (targets or queries) per side.</summary>
    public int Attacks { get; init; } = DefaultAttacks;

    /// <summary>Columns per multivariate singling-out query.</summary>
    public int MultivariateColumns { get; init; } = DefaultMultivariateColumns;

    /// <summary>Candidate queries tried per multivariate query wanted (the search stops after attacks × this many).</summary>
    public int QueryAttempts { get; init; } = DefaultQueryAttempts;

    /// <summary>Linkability dataset A's columns; empty = the entropy-balanced split of the used columns.</summary>
    public ImmutableArray<string> LinkColumnsA { get; init; } = [];

    /// <summary>Linkability dataset B's columns; empty = the used columns not in A (or the entropy-balanced split).</summary>
    public ImmutableArray<string> LinkColumnsB { get; init; } = [];

    /// <summary>A link succeeds when the k nearest synthetic rows by A and by B share a row (Anonymeter's <c>n_neighbors</c>).</summary>
    public int LinkNeighbors { get; init; } = DefaultLinkNeighbors;

    /// <summary>The inference secret columns; empty = the sensitive columns, else the target, else every used column.</summary>
    public ImmutableArray<string> InferenceSecrets { get; init; } = [];

    /// <summary>The columns singling-out predicates may use (the declared quasi-identifiers); empty = every used column.</summary>
    public ImmutableArray<string> SinglingOutColumns { get; init; } = [];

    /// <summary>The columns the inference attacker knows (the declared quasi-identifiers); empty = every used column but the
    /// secret.</summary>
    public ImmutableArray<string> InferenceAuxiliary { get; init; } = [];

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Attacks, 1, nameof(Attacks));
        ArgumentOutOfRangeException.ThrowIfLessThan(MultivariateColumns, 1, nameof(MultivariateColumns));
        ArgumentOutOfRangeException.ThrowIfLessThan(QueryAttempts, 1, nameof(QueryAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(LinkNeighbors, 1, nameof(LinkNeighbors));
    }

    /// <summary>The settings in words, defaults marked, for the report.</summary>
    public string Describe()
    {
        static string Mark(bool isDefault) => isDefault ? " (default)" : string.Empty;
        var link = LinkColumnsA.IsDefaultOrEmpty && LinkColumnsB.IsDefaultOrEmpty
            ? "entropy-balanced split (default)"
            : "A = " + string.Join(", ", LinkColumnsA.IsDefault ? [] : LinkColumnsA) + "; B = " + (LinkColumnsB.IsDefaultOrEmpty ? "the other columns" : string.Join(", ", LinkColumnsB));
        var secrets = InferenceSecrets.IsDefaultOrEmpty ? "sensitive columns, else the target, else every column (default)" : string.Join(", ", InferenceSecrets);
        var singling = SinglingOutColumns.IsDefaultOrEmpty ? "every used column (default)" : string.Join(", ", SinglingOutColumns);
        var aux = InferenceAuxiliary.IsDefaultOrEmpty ? "every other used column (default)" : string.Join(", ", InferenceAuxiliary);
        return string.Create(CultureInfo.InvariantCulture,
            $"attacks per side {Attacks}{Mark(Attacks == DefaultAttacks)}; multivariate query columns {MultivariateColumns}{Mark(MultivariateColumns == DefaultMultivariateColumns)}; query attempts per query {QueryAttempts}{Mark(QueryAttempts == DefaultQueryAttempts)}; linkability columns {link}; linkability k {LinkNeighbors}{Mark(LinkNeighbors == DefaultLinkNeighbors)}; inference secrets {secrets}; singling-out columns {singling}; inference auxiliary columns {aux}");
    }
}
