using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SynthAudit.Auditing.Gating;

/// <summary>Reads a policy file (YAML) into gate rules, rejecting anything it does not understand with the file and line.</summary>
/// <remarks>Format (docs/contract.md): optional <c>name</c> and <c>description</c>, and a top-level <c>gates</c> list; each gate has
/// <c>metric</c>, <c>min</c> and/or <c>max</c>, an optional <c>inconclusive: fail|pass</c>, and optional <c>source</c> and
/// <c>rationale</c> (where the number comes from and why; the cited packs in fixtures/policies give both for every gate). Unknown keys are errors, so a typo such as <c>mni:</c> can never pass silently.</remarks>
internal static class GatePolicyReader
{
    private static readonly string[] s_gateKeys = ["metric", "min", "max", "inconclusive", "source", "rationale"];

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="ConfigException">The file is missing, not YAML, or not a valid policy.</exception>
    public static GatePolicy Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new ConfigException(path, null, "is a folder, not a policy file");
        }

        if (!File.Exists(path))
        {
            throw new ConfigException(path, null, "policy file not found");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new ConfigException(path, null, "cannot be read: " + ex.Message, ex);
        }

        return Parse(text, path);
    }

    /// <summary>Parses policy text; <paramref name="path"/> names it in errors.</summary>
    /// <exception cref="ConfigException">The text is not YAML or not a valid policy.</exception>
    public static GatePolicy Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new ConfigException(path, null, string.Create(CultureInfo.InvariantCulture,
                $"line {ex.Start.Line}, column {ex.Start.Column}: not valid YAML: {FirstSentence(ex.Message)}"), ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            throw new ConfigException(path, null, "the policy is empty; it needs a 'gates:' list");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Error(path, null, stream.Documents[0].RootNode, "the policy must be a mapping with a 'gates:' list");
        }

        YamlSequenceNode? gates = null;
        string? name = null;
        string? description = null;
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((keyNode as YamlScalarNode)?.Value) ?? string.Empty;
            switch (key)
            {
                case "gates":
                    gates = valueNode as YamlSequenceNode ?? throw Error(path, key, valueNode, "must be a list of gates ('- metric: ...')");
                    break;
                case "name":
                    name = (valueNode as YamlScalarNode)?.Value?.Trim() ?? throw Error(path, key, valueNode, "must be a single value");
                    break;
                case "description":
                    description = (valueNode as YamlScalarNode)?.Value?.Trim() ?? throw Error(path, key, valueNode, "must be a single value");
                    break;
                default:
                    throw Error(path, key, keyNode, "unknown key (a policy has 'gates:' and optionally 'name:' and 'description:')");
            }
        }

        if (gates is null || gates.Children.Count == 0)
        {
            throw new ConfigException(path, "gates", "the policy has no gates");
        }

        var rules = ImmutableArray.CreateBuilder<GateRule>();
        for (var i = 0; i < gates.Children.Count; i++)
        {
            rules.AddRange(ParseGate(path, i + 1, gates.Children[i]));
        }

        return new GatePolicy(path, rules.ToImmutable()) { Name = name, Description = description };
    }

    private static IEnumerable<GateRule> ParseGate(string path, int index, YamlNode node)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"gates[{index}]");
        if (node is not YamlMappingNode gate)
        {
            throw Error(path, name, node, "a gate must be a mapping with 'metric:' and 'min:' or 'max:'");
        }

        string? metric = null;
        double? min = null;
        double? max = null;
        bool? failWhenInconclusive = null;
        string? source = null;
        string? rationale = null;
        foreach (var (keyNode, valueNode) in gate.Children)
        {
            var key = ((keyNode as YamlScalarNode)?.Value) ?? string.Empty;
            var qualified = name + "." + key;
            if (!s_gateKeys.Contains(key, StringComparer.Ordinal))
            {
                throw Error(path, qualified, keyNode, "unknown key (a gate has metric, min, max, inconclusive, source, rationale)");
            }

            var value = (valueNode as YamlScalarNode)?.Value;
            if (string.IsNullOrWhiteSpace(value))
            {
                throw Error(path, qualified, valueNode, "needs a value");
            }

            switch (key)
            {
                case "metric":
                    metric = value.Trim();
                    break;
                case "min":
                    min = Number(path, qualified, valueNode, value);
                    break;
                case "max":
                    max = Number(path, qualified, valueNode, value);
                    break;
                case "source":
                    source = value.Trim();
                    break;
                case "rationale":
                    rationale = value.Trim();
                    break;
                default:
                    failWhenInconclusive = value.Trim() switch
                    {
                        "fail" => true,
                        "pass" => false,
                        _ => throw Error(path, qualified, valueNode, "must be 'fail' or 'pass'"),
                    };
                    break;
            }
        }

        if (metric is null)
        {
            throw Error(path, name, gate, "the gate has no 'metric:'");
        }

        if (min is null && max is null)
        {
            throw Error(path, name, gate, "the gate on '" + metric + "' has neither 'min:' nor 'max:'");
        }

        if (min is { } lo && max is { } hi && lo >= hi)
        {
            throw Error(path, name, gate, "the gate on '" + metric + "' has min >= max, so it can never pass");
        }

        var line = gate.Start.Line;
        if (min is { } minValue)
        {
            yield return new GateRule(metric, GateBound.Min, minValue, failWhenInconclusive, line) { Source = source, Rationale = rationale };
        }

        if (max is { } maxValue)
        {
            yield return new GateRule(metric, GateBound.Max, maxValue, failWhenInconclusive, line) { Source = source, Rationale = rationale };
        }
    }

    private static double Number(string path, string key, YamlNode node, string text)
    {
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error(path, key, node, "'" + text + "' is not a number");
        }

        return value;
    }

    private static ConfigException Error(string path, string? key, YamlNode node, string problem) =>
        new(path, key, string.Create(CultureInfo.InvariantCulture, $"line {node.Start.Line}: {problem}"));

    private static string FirstSentence(string message)
    {
        var text = message.Replace('\r', ' ').Replace('\n', ' ');
        var closing = text.IndexOf(": ", StringComparison.Ordinal);
        return closing > 0 && text.StartsWith('(') ? text[(closing + 2)..] : text;
    }
}
