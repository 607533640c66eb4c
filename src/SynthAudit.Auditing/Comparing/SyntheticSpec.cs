using System.Globalization;
using System.Text.RegularExpressions;
using SynthAudit.Core.Errors;

namespace SynthAudit.Auditing.Comparing;

/// <summary>One <c>--synthetic NAME=FILE</c> of <c>synthaudit compare</c>.</summary>
/// <param name="Name">The generator's name (letters, digits, '.', '_' and '-'; it names a folder of the output).</param>
/// <param name="Path">The synthetic CSV file.</param>
internal sealed partial record SyntheticSpec(string Name, string Path)
{
    /// <summary>The table to read instead of <see cref="Path"/> (library callers: a stream or an in-memory table).</summary>
    public TableSource? Source { get; init; }

    /// <summary>The table this set is read from.</summary>
    public TableSource Table => Source ?? TableSource.FromFile(Path);

    /// <summary>Checks a library caller's name as the command checks <c>NAME</c> of <c>--synthetic NAME=FILE</c>.</summary>
    /// <exception cref="ConfigException">The name has characters other than letters, digits, '.', '_', '-'.</exception>
    public static void CheckName(string name)
    {
        if (!NamePattern().IsMatch(name) || name is "." or "..")
        {
            throw new ConfigException(null, "--synthetic", "the name '" + name + "' may use only letters, digits, '.', '_' and '-' (at most 64 characters)");
        }
    }

    /// <summary>Parses every <c>NAME=FILE</c> value and checks that there are at least two, with distinct names.</summary>
    /// <exception cref="ConfigException">A value is malformed, a name repeats, or fewer than two sets were given.</exception>
    public static IReadOnlyList<SyntheticSpec> ParseAll(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var specs = values.Select(Parse).ToList();
        if (specs.Count < 2)
        {
            throw new ConfigException(null, "--synthetic", string.Create(CultureInfo.InvariantCulture,
                $"compare needs at least two synthetic sets (--synthetic NAME=FILE, repeated); got {specs.Count}; use 'synthaudit audit' for one"));
        }

        CheckDistinct(specs);
        return specs;
    }

    /// <summary>Checks that no two sets share a name (case-insensitive: the names become folders).</summary>
    /// <exception cref="ConfigException">A name repeats.</exception>
    public static void CheckDistinct(IEnumerable<SyntheticSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var duplicate = specs.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ConfigException(null, "--synthetic", "the name '" + duplicate.Key + "' is given twice; each synthetic set needs its own name");
        }
    }

    /// <summary>Parses one <c>NAME=FILE</c> value.</summary>
    /// <exception cref="ConfigException">The value is not NAME=FILE or the name has characters other than letters, digits, '.', '_', '-'.</exception>
    public static SyntheticSpec Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == value.Length - 1)
        {
            throw new ConfigException(null, "--synthetic", "'" + value + "' is not NAME=FILE (e.g. --synthetic mst=mst.csv)");
        }

        var name = value[..equals].Trim();
        var path = value[(equals + 1)..].Trim();
        CheckName(name);
        if (path.Length == 0)
        {
            throw new ConfigException(null, "--synthetic", "'" + value + "' has no file after '='");
        }

        return new SyntheticSpec(name, path);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
