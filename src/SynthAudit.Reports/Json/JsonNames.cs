using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Reports.Json;

/// <summary>The spellings of enum values in audit.json (docs/contract.md).</summary>
public static class JsonNames
{
    /// <summary>fidelity, utility, fairness or privacy.</summary>
    public static string Family(MetricFamily family) => family.ToString().ToLowerInvariant();

    /// <summary>higher-is-better or lower-is-better.</summary>
    public static string Direction(Direction direction) =>
        direction == Core.Metrics.Direction.HigherIsBetter ? "higher-is-better" : "lower-is-better";

    /// <summary>ok or skipped.</summary>
    public static string Status(MetricStatus status) => status == MetricStatus.Ok ? "ok" : "skipped";

    /// <summary>numeric, categorical, boolean, datetime or identifier.</summary>
    public static string Kind(ColumnKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>feature, target, sensitive or excluded.</summary>
    public static string Role(ColumnRole role) => role.ToString().ToLowerInvariant();

    /// <summary>The figure kind in lower case.</summary>
    public static string Figure(FigureKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Parses a family name.</summary>
    public static MetricFamily ParseFamily(string text) => Enum.Parse<MetricFamily>(text, ignoreCase: true);

    /// <summary>Parses a direction name.</summary>
    public static Direction ParseDirection(string text) =>
        string.Equals(text, "lower-is-better", StringComparison.Ordinal) ? Core.Metrics.Direction.LowerIsBetter : Core.Metrics.Direction.HigherIsBetter;

    /// <summary>Parses a column kind.</summary>
    public static ColumnKind ParseKind(string text) => Enum.Parse<ColumnKind>(text, ignoreCase: true);

    /// <summary>Parses a column role.</summary>
    public static ColumnRole ParseRole(string text) => Enum.Parse<ColumnRole>(text, ignoreCase: true);

    /// <summary>Parses a figure kind.</summary>
    public static FigureKind ParseFigure(string text) => Enum.Parse<FigureKind>(text, ignoreCase: true);
}
