namespace SynthAudit.Metrics.Privacy;

/// <summary>A conjunction of conditions on distinct columns: Anonymeter's singling-out predicate.</summary>
internal sealed class SinglingOutQuery : IEquatable<SinglingOutQuery>
{
    private readonly Condition[] _conditions;

    public SinglingOutQuery(params Condition[] conditions)
    {
        ArgumentOutOfRangeException.ThrowIfZero(conditions.Length);
        _conditions = conditions;
    }

    /// <summary>The number of conditions.</summary>
    public int Count => _conditions.Length;

    public Condition this[int i] => _conditions[i];

    public bool Equals(SinglingOutQuery? other) => other is not null && _conditions.AsSpan().SequenceEqual(other._conditions);

    public override bool Equals(object? obj) => Equals(obj as SinglingOutQuery);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var c in _conditions)
        {
            hash.Add(c);
        }

        return hash.ToHashCode();
    }
}
