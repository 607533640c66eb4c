using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SynthAudit.Core.Errors;

namespace SynthAudit.Generation.Domain;

/// <summary>The public domain of every modelled column, validated on construction (immutable, like private-pgm's Domain).</summary>
public sealed record DomainSpec
{
    /// <summary>The most levels one column may have (larger lists must be generalised publicly first).</summary>
    public const int MaxLevels = 10_000;

    /// <summary>Creates and validates the domain.</summary>
    /// <param name="columns">The columns, in model order.</param>
    /// <param name="path">The domain file, for error messages (null for a learned domain).</param>
    /// <exception cref="ConfigException">A column is malformed (no edges, unsorted edges, duplicate names, too many levels).</exception>
    public DomainSpec(ImmutableArray<DomainColumn> columns, string? path = null)
    {
        if (columns.IsDefaultOrEmpty)
        {
            throw new ConfigException(path, "columns", "the domain lists no columns");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in columns)
        {
            if (string.IsNullOrEmpty(c.Name) || !names.Add(c.Name))
            {
                throw new ConfigException(path, "columns", "column names must be non-empty and distinct");
            }

            Validate(c, path);
        }

        Columns = columns;
    }

    /// <summary>The columns in model order.</summary>
    public ImmutableArray<DomainColumn> Columns { get; }

    /// <summary>The model sizes n_i of the columns.</summary>
    public int[] Sizes() => [.. Columns.Select(c => c.Size)];

    /// <summary>The SHA-256 of a canonical text form (used for learned domains, which have no file).</summary>
    public string CanonicalSha256()
    {
        var text = new StringBuilder();
        foreach (var c in Columns)
        {
            text.Append(c.Name).Append('|').Append(c.Kind.ToString()).Append('|').Append(c.Integer ? '1' : '0')
                .Append(c.Other ? '1' : '0').Append(c.Missing ? '1' : '0').Append('|');
            text.AppendJoin(';', c.Edges.Select(e => e.ToString("R", CultureInfo.InvariantCulture))).Append('|');
            text.AppendJoin(';', c.Categories).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Validate(DomainColumn c, string? path)
    {
        if (c.Kind == DomainColumnKind.Numeric)
        {
            if (c.Edges.Length < 2)
            {
                throw new ConfigException(path, c.Name, "a numeric column needs lower and upper bounds (at least two edges)");
            }

            for (var i = 0; i < c.Edges.Length; i++)
            {
                if (!double.IsFinite(c.Edges[i]) || (i > 0 && !(c.Edges[i] > c.Edges[i - 1])))
                {
                    throw new ConfigException(path, c.Name, "bin edges must be finite and strictly increasing");
                }
            }
        }
        else
        {
            if (c.Categories.Length == 0 && !c.Other)
            {
                throw new ConfigException(path, c.Name, "a categorical column needs a list of categories (or other: true)");
            }

            if (c.Categories.Distinct(StringComparer.Ordinal).Count() != c.Categories.Length)
            {
                throw new ConfigException(path, c.Name, "categories must be distinct");
            }
        }

        if (c.Size > MaxLevels)
        {
            throw new ConfigException(path, c.Name, string.Create(CultureInfo.InvariantCulture,
                $"{c.Size} levels is more than the model can hold ({MaxLevels}); merge categories or use fewer bins"));
        }

        if (c.Size < 1)
        {
            throw new ConfigException(path, c.Name, "the column has no levels");
        }
    }
}
