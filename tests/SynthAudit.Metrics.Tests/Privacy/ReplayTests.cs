using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Privacy;
using SynthAudit.Metrics.Running;

namespace SynthAudit.Metrics.Tests.Privacy;

/// <summary>The exact-replay test of unique training rows and its place in the privacy verdict.</summary>
public sealed class ReplayTests
{
    [Fact]
    public void ExactMatch_FreshRows_NoReplayFinding()
    {
        // Arrange: the "synthetic" rows are real rows the generator never saw.
        var (train, holdout, fresh, schema) = PrivacyTestData.Adult(3000, 1500, 1500);
        var input = new AuditInput(train, fresh, holdout, schema);

        // Act
        var result = new ExactMatchRateMetric().Compute(input, PrivacyTestData.Context(), default);
        var replay = ReplayAssessment.From([result]);

        // Assert
        Assert.NotNull(replay);
        Assert.Equal("none", replay.Level);
        Assert.True(replay.Ci.Low <= 0 && replay.Ci.High >= 0);
    }

    [Fact]
    public void ExactMatch_FivePercentOfTrainAppended_IsSevereWithTheCount()
    {
        // Arrange: fresh rows plus 150 train rows (5 % of train) copied verbatim.
        var (train, holdout, fresh, schema) = PrivacyTestData.Adult(3000, 1500, 1500);
        var copied = new DeterministicRandom(3).SampleWithoutReplacement(train.RowCount, 150);
        var synthetic = Concat(fresh, train.Take(copied));
        var input = new AuditInput(train, synthetic, holdout, schema);

        // Act
        var result = new ExactMatchRateMetric().Compute(input, PrivacyTestData.Context(), default);
        var summary = AuditSummaryBuilder.Build([result]);

        // Assert
        var replay = ReplayAssessment.From([result])!;
        Assert.Equal("severe", replay.Level);
        Assert.InRange(replay.Replayed, 140, 150);
        var privacy = summary.Families.Single(f => f.Family == MetricFamily.Privacy);
        Assert.Equal("poor", privacy.Verdict);
        Assert.Contains(replay.Replayed.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " training rows that are unique", privacy.Sentence, StringComparison.Ordinal);
    }

    private static Table Concat(Table a, Table b)
    {
        var columns = a.Columns.Select(c => c switch
        {
            NumericColumn n => (Column)new NumericColumn(n.Name, [.. n.Values, .. ((NumericColumn)b[n.Name]).Values], n.Kind),
            CategoricalColumn k => new CategoricalColumn(k.Name, [.. k.Codes, .. ((CategoricalColumn)b[k.Name]).Codes], k.Levels, k.Kind),
            _ => throw new InvalidOperationException(),
        });
        return new Table(a.Name, columns);
    }
}
