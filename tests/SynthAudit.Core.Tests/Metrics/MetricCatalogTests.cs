using System.Globalization;
using System.Reflection;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Running;
using SynthAudit.Testing;

namespace SynthAudit.Core.Tests.Metrics;

/// <summary>One home per metric (issue 13): the catalog describes every metric once, and the registry, the reports and
/// docs/metrics.md agree with it.</summary>
public sealed class MetricCatalogTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in MetricCatalog.Ids)
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void Catalog_ListsEveryMetricIdsConstantOnce()
    {
        // Arrange
        var constants = typeof(MetricIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        // Act
        var ids = MetricCatalog.Ids;

        // Assert
        Assert.Equal(constants, ids.Concat(MetricCatalog.OptionalIds).Order(StringComparer.Ordinal));
        Assert.Empty(MetricCatalog.OptionalIds.Intersect(ids, StringComparer.Ordinal));
        Assert.All(MetricCatalog.OptionalIds, id => Assert.NotNull(MetricCatalog.Explain(id)));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids, MetricIds.All);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Catalog_EveryMetric_HasItsExplanation(string id)
    {
        // Arrange / Act
        var descriptor = MetricCatalog.Find(id);
        var text = MetricCatalog.Explain(id);

        // Assert
        Assert.NotNull(descriptor);
        Assert.NotNull(text);
        Assert.False(string.IsNullOrWhiteSpace(descriptor!.Name));
        Assert.False(string.IsNullOrWhiteSpace(text!.Definition));
        Assert.False(string.IsNullOrWhiteSpace(text.Baseline));
        Assert.False(string.IsNullOrWhiteSpace(text.Interval));
        Assert.False(string.IsNullOrWhiteSpace(text.Reference));
    }

    [Fact]
    public void Registry_UsesTheCatalogDescriptors()
    {
        // Arrange / Act
        var registry = MetricRegistry.CreateDefault();

        // Assert
        Assert.Equal(MetricCatalog.All.Count, registry.Count);
        Assert.All(registry, m => Assert.Same(MetricCatalog.Find(m.Descriptor.Id), m.Descriptor));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void MetricsPage_IndexRow_MatchesTheCatalog(string id)
    {
        // Arrange
        var d = MetricCatalog.Find(id)!;
        var page = File.ReadAllLines(Path.Combine(Directory.GetParent(Fixtures.Root)!.FullName, "docs", "metrics.md"));

        // Act
        var row = page.SingleOrDefault(l => l.StartsWith("| `" + id + "` |", StringComparison.Ordinal));

        // Assert
        Assert.NotNull(row);
        var cells = row!.Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal(d.Family.ToString().ToLowerInvariant(), cells[2]);
        Assert.Equal(d.Direction == Direction.HigherIsBetter ? "higher is better" : "lower is better", cells[3]);
        Assert.Equal(Range(d.Range), cells[4]);
        Assert.Equal(Needs(d.Requires), cells[6]);
    }

    private static string Range(ValueRange r) =>
        (double.IsFinite(r.Min) ? "[" + Number(r.Min) : "(−∞") + ", " + (double.IsFinite(r.Max) ? Number(r.Max) + "]" : "∞)");

    private static string Number(double v) => v < 0 ? "−" + (-v).ToString(CultureInfo.InvariantCulture) : v.ToString(CultureInfo.InvariantCulture);

    private static string Needs(MetricRequirements r)
    {
        var needs = new List<string>();
        if (r.HasFlag(MetricRequirements.Holdout))
        {
            needs.Add("`--holdout`");
        }

        if (r.HasFlag(MetricRequirements.Sensitive))
        {
            needs.Add("`--sensitive`");
        }

        if (r.HasFlag(MetricRequirements.Target))
        {
            needs.Add("`--target`");
        }

        return string.Join(", ", needs);
    }
}
