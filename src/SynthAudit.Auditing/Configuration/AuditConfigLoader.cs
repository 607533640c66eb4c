using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Privacy;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SynthAudit.Auditing.Configuration;

/// <summary>Reads an audit config file (YAML) strictly, and merges it with the command line.</summary>
/// <remarks>Unknown keys, kinds and roles are errors rather than being ignored, so that a typo never silently changes an
/// audit. Every error is a one-line <see cref="ConfigException"/> naming the file, the key and the line.</remarks>
internal static partial class AuditConfigLoader
{
    private static readonly string[] s_topKeys = ["seed", "bootstrap-resamples", "target", "sensitive", "exclude", "missing-values", "delimiter", "columns",
        "attacks", "multivariate-columns", "query-attempts", "link-a", "link-b", "link-k", "inference-secrets",
        "quasi-identifiers", "secrets", "release-context", "profile", "policy", "decision"];
    private static readonly string[] s_decisionKeys = ["reviewer", "role", "date", "decision", "conditions"];
    private static readonly string[] s_columnKeys = ["kind", "role"];

    /// <summary>Loads the config file at <paramref name="path"/>.</summary>
    /// <exception cref="ConfigException">The file is missing, is not valid YAML, or has an unknown or invalid key.</exception>
    public static AuditConfig Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new ConfigException(path, null, "is a folder, not a config file");
        }

        if (!File.Exists(path))
        {
            throw new ConfigException(path, null, "file not found");
        }

        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    /// <summary>Parses config text; <paramref name="path"/> names it in error messages.</summary>
    /// <exception cref="ConfigException">The text is not valid YAML, or has an unknown or invalid key.</exception>
    public static AuditConfig Parse(TextReader text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var yaml = new YamlStream();
        try
        {
            yaml.Load(text);
        }
        catch (YamlException ex)
        {
            throw new ConfigException(path, null, string.Create(CultureInfo.InvariantCulture,
                $"not valid YAML at line {ex.Start.Line}, column {ex.Start.Column}: {BareMessage(ex)}"), ex);
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return AuditConfig.Empty;
        }

        if (yaml.Documents.Count > 1)
        {
            throw new ConfigException(path, null, "holds several YAML documents; an audit config is one mapping");
        }

        if (yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ConfigException(path, null, "must be a mapping of keys (seed, target, columns, ...) to values");
        }

        var config = AuditConfig.Empty;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = KeyOf(keyNode, path, null);
            config = key switch
            {
                "seed" => config with { Seed = ParseLong(value, path, key) },
                "bootstrap-resamples" => config with { BootstrapResamples = ParseResamples(value, path, key) },
                "target" => config with { Target = Scalar(value, path, key) },
                "sensitive" => config with { Sensitive = List(value, path, key) },
                "exclude" => config with { Exclude = List(value, path, key) },
                "missing-values" => config with { MissingValues = List(value, path, key, allowEmpty: true) },
                "delimiter" => config with { Delimiter = ParseDelimiter(value, path, key) },
                "columns" => config with { Columns = ParseColumns(value, path) },
                "attacks" => config with { Attacks = ParseResamples(value, path, key) },
                "multivariate-columns" => config with { MultivariateColumns = ParseResamples(value, path, key) },
                "query-attempts" => config with { QueryAttempts = ParseResamples(value, path, key) },
                "link-a" => config with { LinkA = List(value, path, key) },
                "link-b" => config with { LinkB = List(value, path, key) },
                "link-k" => config with { LinkK = ParseResamples(value, path, key) },
                "inference-secrets" => config with { InferenceSecrets = List(value, path, key) },
                "quasi-identifiers" => config with { QuasiIdentifiers = List(value, path, key) },
                "secrets" => config with { Secrets = List(value, path, key) },
                "release-context" => config with { ReleaseContext = Scalar(value, path, key) },
                "profile" => config with { Profile = ParseProfile(value, path, key) },
                "policy" => config with { Policy = Scalar(value, path, key) },
                "decision" => config with { Decision = ParseDecision(value, path) },
                _ => throw Unknown(path, key, keyNode, s_topKeys),
            };
        }

        return config;
    }

    /// <summary>Merges a config with the command line: a setting given on the command line wins; a role list given there
    /// (<c>--sensitive</c>, <c>--exclude</c>) replaces the config's list, and the config's roles for a column the command
    /// line names are dropped.</summary>
    /// <exception cref="ConfigException">The config gives a column two roles, or two different targets.</exception>
    public static AuditSettings Merge(AuditConfig? config, AuditOverrides? cli, string? configPath = null)
    {
        config ??= AuditConfig.Empty;
        cli ??= new AuditOverrides();

        var configTarget = config.Target;
        var configSensitive = config.Sensitive.ToList();
        var configExclude = config.Exclude.ToList();
        foreach (var (name, column) in config.Columns.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            switch (column.Role)
            {
                case ColumnRole.Target when configTarget is not null && !string.Equals(configTarget, name, StringComparison.Ordinal):
                    throw new ConfigException(configPath, "columns." + name + ".role",
                        "names a second target ('" + configTarget + "' is already the target)");
                case ColumnRole.Target:
                    configTarget = name;
                    break;
                case ColumnRole.Sensitive:
                    AddOnce(configSensitive, name);
                    break;
                case ColumnRole.Excluded:
                    AddOnce(configExclude, name);
                    break;
                default:
                    break;
            }
        }

        var target = cli.Target ?? configTarget;
        var sensitive = cli.Sensitive is { } s ? s.ToList() : configSensitive;
        var exclude = cli.Exclude is { } e ? e.ToList() : configExclude;

        // Names the command line gives a role lose any other role the config gave them.
        var cliNamed = new HashSet<string>(StringComparer.Ordinal);
        if (cli.Target is not null)
        {
            cliNamed.Add(cli.Target);
        }

        cliNamed.UnionWith(cli.Sensitive ?? []);
        cliNamed.UnionWith(cli.Exclude ?? []);
        if (cli.Sensitive is null)
        {
            sensitive.RemoveAll(cliNamed.Contains);
        }

        if (cli.Exclude is null)
        {
            exclude.RemoveAll(cliNamed.Contains);
        }

        if (cli.Target is null && target is not null && (cli.Sensitive ?? []).Contains(target, StringComparer.Ordinal))
        {
            target = null;
        }

        CheckOneRole(target, sensitive, exclude, configPath);
        var kinds = config.Columns.Where(c => c.Value.Kind is not null)
            .ToImmutableDictionary(c => c.Key, c => c.Value.Kind!.Value, StringComparer.Ordinal);
        var schema = new SchemaOptions
        {
            Target = target,
            Sensitive = [.. sensitive],
            Exclude = [.. exclude],
            Kinds = kinds,
        };
        var csv = new CsvReadOptions
        {
            MissingTokens = cli.MissingValues ?? config.MissingValues ?? CsvReadOptions.Default.MissingTokens,
            Delimiter = cli.Delimiter ?? config.Delimiter,
        };
        var resamples = cli.BootstrapResamples ?? config.BootstrapResamples ?? AuditSettings.DefaultBootstrapResamples;
        Pipeline.AuditPipeline.CheckBootstrap(resamples);

        var quasiIdentifiers = cli.QuasiIdentifiers ?? config.QuasiIdentifiers;
        var secrets = cli.Secrets ?? config.Secrets;
        var releaseContext = cli.ReleaseContext ?? config.ReleaseContext;
        ThreatModelBuilder.Validate(quasiIdentifiers, secrets, releaseContext, cli.ReleaseContext is null && cli.QuasiIdentifiers is null && cli.Secrets is null ? configPath : null);
        var attacks = ThreatModelBuilder.Apply(MergeAttacks(config, cli), quasiIdentifiers, secrets,
            explicitLink: (cli.LinkA ?? config.LinkA ?? cli.LinkB ?? config.LinkB) is not null,
            explicitSecrets: (cli.InferenceSecrets ?? config.InferenceSecrets) is not null);
        var profile = cli.Profile ?? config.Profile;
        if (profile is not null && !Core.Results.Compliance.ReviewContext.Profiles.Contains(profile, StringComparer.Ordinal))
        {
            throw new ConfigException(null, "--profile", "'" + profile + "' is not a profile (expected gdpr, hipaa or internal)");
        }

        var policy = cli.Policy ?? (config.Policy is { } p && configPath is not null && !Path.IsPathRooted(p)
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configPath)) ?? string.Empty, p)
            : config.Policy);
        return new AuditSettings(schema, csv, cli.Seed ?? config.Seed ?? 0, resamples)
        {
            Attacks = attacks,
            ThreatModel = ThreatModelBuilder.Build(quasiIdentifiers, secrets, releaseContext, schema, attacks),
            Profile = profile,
            PolicyPath = policy,
            Decision = config.Decision ?? Core.Results.Compliance.ReviewDecision.Empty,
        };
    }

    /// <summary>The attack settings: the command line wins over the file, the file over the defaults.</summary>
    /// <exception cref="ConfigException">A count is below 1 or a linkability column is in both A and B.</exception>
    private static AttackOptions MergeAttacks(AuditConfig config, AuditOverrides cli)
    {
        var d = AttackOptions.Default;
        var options = new AttackOptions
        {
            Attacks = cli.Attacks ?? config.Attacks ?? d.Attacks,
            MultivariateColumns = cli.MultivariateColumns ?? config.MultivariateColumns ?? d.MultivariateColumns,
            QueryAttempts = cli.QueryAttempts ?? config.QueryAttempts ?? d.QueryAttempts,
            LinkColumnsA = cli.LinkA ?? config.LinkA ?? d.LinkColumnsA,
            LinkColumnsB = cli.LinkB ?? config.LinkB ?? d.LinkColumnsB,
            LinkNeighbors = cli.LinkK ?? config.LinkK ?? d.LinkNeighbors,
            InferenceSecrets = cli.InferenceSecrets ?? config.InferenceSecrets ?? d.InferenceSecrets,
        };
        foreach (var (name, value) in new[] { ("--attacks", options.Attacks), ("--multivariate-columns", options.MultivariateColumns), ("--query-attempts", options.QueryAttempts), ("--link-k", options.LinkNeighbors) })
        {
            if (value < 1)
            {
                throw new ConfigException(null, name, "must be a positive whole number");
            }
        }

        if (options.LinkColumnsA.Intersect(options.LinkColumnsB, StringComparer.Ordinal).FirstOrDefault() is { } both)
        {
            throw new ConfigException(null, "--link-a/--link-b", "column '" + both + "' is in both linkability datasets; they must be disjoint");
        }

        return options;
    }

    private static void AddOnce(List<string> list, string name)
    {
        if (!list.Contains(name, StringComparer.Ordinal))
        {
            list.Add(name);
        }
    }

    private static void CheckOneRole(string? target, List<string> sensitive, List<string> exclude, string? path)
    {
        foreach (var name in sensitive.Where(exclude.Contains))
        {
            throw new ConfigException(path, name, "is both sensitive and excluded; give it one role");
        }

        if (target is not null && exclude.Contains(target, StringComparer.Ordinal))
        {
            throw new ConfigException(path, target, "is both the target and excluded; give it one role");
        }

        if (target is not null && sensitive.Contains(target, StringComparer.Ordinal))
        {
            throw new ConfigException(path, target, "is both the target and sensitive; give it one role");
        }
    }

    private static ImmutableDictionary<string, ColumnConfig> ParseColumns(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return ImmutableDictionary<string, ColumnConfig>.Empty.WithComparers(StringComparer.Ordinal);
        }

        if (node is not YamlMappingNode map)
        {
            throw Invalid(path, "columns", node, "must map column names to { kind: ..., role: ... }");
        }

        var builder = ImmutableDictionary.CreateBuilder<string, ColumnConfig>(StringComparer.Ordinal);
        foreach (var (nameNode, value) in map.Children)
        {
            var name = KeyOf(nameNode, path, "columns");
            var key = "columns." + name;
            if (value is not YamlMappingNode settings)
            {
                throw Invalid(path, key, value, "must be a mapping such as { kind: categorical, role: sensitive }");
            }

            ColumnKind? kind = null;
            ColumnRole? role = null;
            foreach (var (settingNode, settingValue) in settings.Children)
            {
                var setting = KeyOf(settingNode, path, key);
                switch (setting)
                {
                    case "kind":
                        kind = ParseEnum<ColumnKind>(settingValue, path, key + ".kind", "numeric, categorical, boolean, datetime or identifier");
                        break;
                    case "role":
                        role = ParseEnum<ColumnRole>(settingValue, path, key + ".role", "feature, target, sensitive or excluded");
                        break;
                    default:
                        throw Unknown(path, key + "." + setting, settingNode, s_columnKeys);
                }
            }

            builder[name] = new ColumnConfig(kind, role);
        }

        return builder.ToImmutable();
    }

    private static string ParseProfile(YamlNode node, string path, string key)
    {
        var text = Scalar(node, path, key);
        return Core.Results.Compliance.ReviewContext.Profiles.Contains(text, StringComparer.Ordinal)
            ? text
            : throw Invalid(path, key, node, "'" + text + "' is not a profile (expected gdpr, hipaa or internal)");
    }

    private static Core.Results.Compliance.ReviewDecision ParseDecision(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return Core.Results.Compliance.ReviewDecision.Empty;
        }

        if (node is not YamlMappingNode map)
        {
            throw Invalid(path, "decision", node, "must be a mapping with reviewer, role, date, decision, conditions");
        }

        var decision = Core.Results.Compliance.ReviewDecision.Empty;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = KeyOf(keyNode, path, "decision");
            var text = value is YamlScalarNode { Value: { } v } ? v.Trim() : throw Invalid(path, "decision." + key, value, "must be a single value");
            decision = key switch
            {
                "reviewer" => decision with { Reviewer = text },
                "role" => decision with { Role = text },
                "date" => decision with { Date = text },
                "decision" => decision with { Decision = text },
                "conditions" => decision with { Conditions = text },
                _ => throw Unknown(path, "decision." + key, keyNode, s_decisionKeys),
            };
        }

        return decision;
    }

    private static T ParseEnum<T>(YamlNode node, string path, string key, string expected)
        where T : struct, Enum
    {
        var text = Scalar(node, path, key);
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw Invalid(path, key, node, "unknown value '" + text + "' (expected " + expected + ")");
    }

    private static long ParseLong(YamlNode node, string path, string key)
    {
        var text = Scalar(node, path, key);
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid(path, key, node, "must be a whole number");
    }

    private static int ParseResamples(YamlNode node, string path, string key)
    {
        var text = Scalar(node, path, key);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= AuditOptions.MaxBootstrapResamples
            ? value
            : throw Invalid(path, key, node, "must be a whole number from 1 to 10,000");
    }

    private static char ParseDelimiter(YamlNode node, string path, string key)
    {
        var text = Scalar(node, path, key);
        return text switch
        {
            "," or ";" or "|" or "\t" => text[0],
            "tab" => '\t',
            _ => throw Invalid(path, key, node, "must be one of , ; | or tab"),
        };
    }

    private static string Scalar(YamlNode node, string path, string key) =>
        node is YamlScalarNode { Value: { Length: > 0 } value }
            ? value
            : throw Invalid(path, key, node, "must be a single value");

    private static ImmutableArray<string> List(YamlNode node, string path, string key, bool allowEmpty = false)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } single })
        {
            return [.. single.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw Invalid(path, key, node, "must be a list such as [a, b]");
        }

        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode { Value: { } value } || (value.Length == 0 && !allowEmpty))
            {
                throw Invalid(path, key, item, "items must be single values");
            }

            items.Add(value);
        }

        return items.ToImmutable();
    }

    private static string KeyOf(YamlNode node, string path, string? parent)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } key })
        {
            return key;
        }

        throw Invalid(path, parent ?? "(root)", node, "keys must be plain names");
    }

    private static ConfigException Unknown(string path, string key, YamlNode node, string[] known) =>
        Invalid(path, key, node, "unknown key (known keys: " + string.Join(", ", known) + ")");

    private static ConfigException Invalid(string path, string key, YamlNode node, string problem) =>
        new(path, key, problem + string.Create(CultureInfo.InvariantCulture, $" (line {node.Start.Line})"));

    private static string BareMessage(YamlException ex) => PositionPrefix().Replace(ex.Message, string.Empty);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPrefix();
}
