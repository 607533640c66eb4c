using System.Collections.Immutable;
using System.Text.Json;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Privacy;
using SynthAudit.Testing;
using Xunit.Abstractions;

namespace SynthAudit.Metrics.Tests.Privacy;

/// <summary>Issue 12: set like Anonymeter's, linkability and inference agree with values computed by Anonymeter 1.0.0 itself
/// (<c>fixtures/anonymeter/make.py</c> wrote <c>expected.json</c>) within their intervals, on a leaky release (a noisy copy of
/// train) and a safe one (fresh real rows).</summary>
/// <remarks>Both tools draw their own targets, so the figures are two samples of the same estimand: agreement means the two
/// 95 % intervals overlap and the main attack's success rates differ by less than a two-sample test at 99.9 % allows.</remarks>
public sealed class AnonymeterAgreementTests(ITestOutputHelper output)
{
    private static readonly Lazy<Inputs> s_inputs = new(Load);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var synthetic in new[] { "noisy", "fresh" })
        {
            foreach (var attack in new[] { "linkability_k1", "linkability_k10", "inference_income-per-year", "inference_occupation", "inference_marital-status", "inference_hours-per-week" })
            {
                data.Add(synthetic, attack);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Risk_SetLikeAnonymeter_AgreesWithinIntervals(string synthetic, string attack)
    {
        // Arrange
        var inputs = s_inputs.Value;
        var expected = inputs.Expected.GetProperty("cases").GetProperty(synthetic).GetProperty(attack);
        var input = new AuditInput(inputs.Ori, synthetic == "noisy" ? inputs.Noisy : inputs.Fresh, inputs.Control, inputs.Schema);
        var options = AttackOptions.Default with { Attacks = inputs.Attacks };
        IMetric metric = attack.StartsWith("linkability", StringComparison.Ordinal)
            ? new LinkabilityRiskMetric(options with { LinkColumnsA = inputs.LinkA, LinkColumnsB = inputs.LinkB, LinkNeighbors = attack.EndsWith("k10", StringComparison.Ordinal) ? 10 : 1 })
            : new InferenceRiskMetric(options with { InferenceSecrets = [attack["inference_".Length..]] });

        // Act
        var result = metric.Compute(input, PrivacyTestData.Context(), default);

        var ours = result.Breakdown.Single(b => b.Key.EndsWith("_main_rate", StringComparison.Ordinal)).Value!.Value;
        var theirs = expected.GetProperty("attackRate").GetDouble();
        output.WriteLine($"{synthetic} {attack}: ours {result.Value:0.000} [{result.Ci!.Value.Low:0.000}, {result.Ci.Value.High:0.000}] main rate {ours:0.0000}; " +
            $"Anonymeter {expected.GetProperty("risk").GetDouble():0.000} [{expected.GetProperty("ci")[0].GetDouble():0.000}, {expected.GetProperty("ci")[1].GetDouble():0.000}] main rate {theirs:0.0000}");

        // Assert: overlapping 95 % intervals of the risk ...
        Assert.Equal(MetricStatus.Ok, result.Status);
        var ci = expected.GetProperty("ci");
        var (low, high) = (ci[0].GetDouble(), ci[1].GetDouble());
        Assert.True(result.Ci!.Value.Low <= high && low <= result.Ci.Value.High,
            $"ours {result.Value:0.000} [{result.Ci.Value.Low:0.000}, {result.Ci.Value.High:0.000}], Anonymeter {expected.GetProperty("risk").GetDouble():0.000} [{low:0.000}, {high:0.000}]");

        // ... and main attack success rates within a two-sample z-test at 99.9 % (both over the same number of targets).
        var pooled = (ours + theirs) / 2;
        var se = Math.Sqrt(Math.Max(pooled * (1 - pooled), 1e-6) * 2.0 / inputs.Attacks);
        Assert.True(Math.Abs(ours - theirs) <= 3.29 * se, $"main success rate ours {ours:0.0000}, Anonymeter {theirs:0.0000} (se {se:0.0000})");
    }

    private static Inputs Load()
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("anonymeter", "expected.json"))).RootElement;
        var train = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var holdout = CsvTableReader.Read(Fixtures.Path("adult", "holdout.csv"));
        var noisy = CsvTableReader.Read(Fixtures.Path("anonymeter", "noisy.csv"));
        var schema = SchemaInference.Infer(train, new SchemaOptions()).Schema;
        var aligned = TableAligner.Align(schema, train, noisy, holdout);
        static int[] Range(int from, int to) => [.. Enumerable.Range(from, to - from)];
        static ImmutableArray<string> Names(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString()!)];
        return new Inputs(
            aligned.Real.Take(Range(0, 6000)),
            aligned.Holdout!.Take(Range(0, 3000)),
            aligned.Holdout!.Take(Range(3000, 6000)),
            aligned.Synthetic!,
            schema,
            expected.GetProperty("attacks").GetInt32(),
            Names(expected.GetProperty("linkA")),
            Names(expected.GetProperty("linkB")),
            expected);
    }

    private sealed record Inputs(Table Ori, Table Control, Table Fresh, Table Noisy, TableSchema Schema, int Attacks,
        ImmutableArray<string> LinkA, ImmutableArray<string> LinkB, JsonElement Expected);
}
