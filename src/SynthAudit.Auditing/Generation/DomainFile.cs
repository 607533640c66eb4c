using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SynthAudit.Core.Errors;
using SynthAudit.Generation.Domain;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SynthAudit.Auditing.Generation;

/// <summary>Reads and writes the YAML domain file of <c>generate --domain</c> and <c>synthaudit domain</c>.</summary>
/// <remarks>Shape: <c>columns:</c> a list of <c>{name, kind: numeric|categorical, integer, edges: [...] | lower, upper,
/// bins, categories: [...], other, missing}</c>. Numeric columns need edges, or lower/upper/bins (equal width), or, when
/// <c>integer: true</c>, integer lower/upper without bins (an integer grid: one level per integer, edges at the half
/// integers). <c>other</c> (categorical values outside the list get their own level) is off and <c>missing</c> (a level for
/// empty cells) on by default; both levels are sampled only when their noisy counts stand above the noise.</remarks>
internal static class DomainFile
{
    /// <summary>The warning written at the top of a drafted file and on stderr.</summary>
    public const string DraftWarning =
        "This domain was read from the private data and is NOT private: its bounds, bin edges and category lists reveal values " +
        "of real records. Review it and replace every piece you can by public knowledge (code books, regulations, published " +
        "ranges) before you release data generated with it.";

    /// <summary>Reads and validates a domain file.</summary>
    /// <exception cref="ConfigException">The file is missing, not YAML, or not a valid domain.</exception>
    public static DomainSpec Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ConfigException(path, null, "is a folder, not a domain file");
        }

        if (!File.Exists(path))
        {
            throw new ConfigException(path, null, "domain file not found");
        }

        DomainFileModel? model;
        try
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
            model = deserializer.Deserialize<DomainFileModel>(File.ReadAllText(path, Encoding.UTF8));
        }
        catch (YamlException ex)
        {
            throw new ConfigException(path, null, string.Create(CultureInfo.InvariantCulture,
                $"not a valid domain file (line {ex.Start.Line}): {ex.Message}"), ex);
        }

        if (model?.Columns is null || model.Columns.Count == 0)
        {
            throw new ConfigException(path, "columns", "the domain file lists no columns");
        }

        var columns = ImmutableArray.CreateBuilder<DomainColumn>();
        foreach (var c in model.Columns)
        {
            columns.Add(ToColumn(c, path));
        }

        return new DomainSpec(columns.ToImmutable(), path);
    }

    /// <summary>Writes a drafted domain with the not-private warning as a comment.</summary>
    public static string Write(DomainSpec domain, string source)
    {
        var text = new StringBuilder();
        text.Append("# synthaudit domain file, drafted from ").Append(source).Append('\n');
        text.Append("# WARNING: ").Append(DraftWarning).Append('\n');
        text.Append("# Levels per column: bins (e_k <= v < e_k+1, upper bound in the last bin) or categories, then other, then missing.\n");
        text.Append("columns:\n");
        foreach (var c in domain.Columns)
        {
            text.Append("  - name: ").Append(Quote(c.Name)).Append('\n');
            text.Append("    kind: ").Append(c.Kind == DomainColumnKind.Numeric ? "numeric" : "categorical").Append('\n');
            if (c.Kind == DomainColumnKind.Numeric)
            {
                text.Append("    integer: ").Append(c.Integer ? "true" : "false").Append('\n');
                text.Append("    edges: [").AppendJoin(", ", c.Edges.Select(e => e.ToString("R", CultureInfo.InvariantCulture))).Append("]\n");
            }
            else
            {
                text.Append("    categories: [").AppendJoin(", ", c.Categories.Select(Quote)).Append("]\n");
                text.Append("    other: ").Append(c.Other ? "true" : "false").Append('\n');
            }

            text.Append("    missing: ").Append(c.Missing ? "true" : "false").Append('\n');
        }

        return text.ToString();
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value);

    private static DomainColumn ToColumn(DomainColumnModel c, string path)
    {
        if (string.IsNullOrEmpty(c.Name))
        {
            throw new ConfigException(path, "name", "every column needs a name");
        }

        switch (c.Kind)
        {
            case "numeric":
                var edges = c.Edges is { Count: > 0 } ? [.. c.Edges] : EqualWidth(c, path);
                return new DomainColumn { Name = c.Name, Kind = DomainColumnKind.Numeric, Edges = edges, Integer = c.Integer, Missing = c.Missing };
            case "categorical":
                return new DomainColumn
                {
                    Name = c.Name,
                    Kind = DomainColumnKind.Categorical,
                    Categories = [.. c.Categories ?? []],
                    Other = c.Other,
                    Missing = c.Missing,
                };
            default:
                throw new ConfigException(path, c.Name, "kind must be numeric or categorical");
        }
    }

    private static ImmutableArray<double> EqualWidth(DomainColumnModel c, string path)
    {
        // An integer column with bounds and no bins is an integer grid: one level per integer value.
        if (c.Integer && c.Bins is null && c.Lower is { } first && c.Upper is { } last && last >= first
            && first == Math.Floor(first) && last == Math.Floor(last) && last - first < DomainSpec.MaxLevels)
        {
            return [.. Enumerable.Range(0, (int)(last - first) + 2).Select(k => first - 0.5 + k)];
        }

        if (c.Lower is not { } lo || c.Upper is not { } hi || c.Bins is not { } bins || bins < 1 || !(hi > lo))
        {
            throw new ConfigException(path, c.Name, "a numeric column needs edges, or lower < upper and bins >= 1, or integer: true with integer lower <= upper");
        }

        return [.. Enumerable.Range(0, bins + 1).Select(k => k == bins ? hi : lo + ((hi - lo) * k / bins))];
    }
}
