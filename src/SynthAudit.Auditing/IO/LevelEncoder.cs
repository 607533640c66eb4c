using System.Collections.Immutable;

namespace SynthAudit.Auditing.IO;

/// <summary>Dictionary-encodes text values in order of first appearance, as the CSV reader does (null = missing).</summary>
internal sealed class LevelEncoder
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _levels = [];

    /// <summary>The code of <paramref name="value"/>, adding it as a new level when unseen; -1 for null.</summary>
    public int Encode(string? value)
    {
        if (value is null)
        {
            return -1;
        }

        if (!_codes.TryGetValue(value, out var code))
        {
            code = _levels.Count;
            _codes.Add(value, code);
            _levels.Add(value);
        }

        return code;
    }

    /// <summary>The levels seen so far, in order of first appearance.</summary>
    public ImmutableArray<string> Levels => [.. _levels];
}
