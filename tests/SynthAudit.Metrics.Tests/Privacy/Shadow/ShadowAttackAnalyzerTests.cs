using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Privacy.Shadow;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Privacy.Shadow;

public sealed class ShadowAttackAnalyzerTests
{
    [Fact]
    public void Analyze_FeatureRevealsMembership_PerfectAttackAndLargeEpsilon()
    {
        // Arrange: 40 runs x 5 targets; the nearest-distance feature is 0 for members and about 0.3 otherwise.
        var (features, members) = Game(40, 5, 11, (member, random) => member ? 0 : 0.3 + (0.01 * random.NextDouble()));

        // Act
        var outcome = ShadowAttackAnalyzer.Analyze(features, members, 1e-5);

        // Assert
        Tolerance.Equal(1, outcome.Pooled.Auc);
        Tolerance.Equal(1, outcome.Pooled.At(0.01)!.Tpr);
        Assert.Equal(20, outcome.TrainingRuns);
        Assert.Equal(20, outcome.ScoredRuns);
        Assert.Equal(100, outcome.Epsilon.Canaries);
        Assert.True(outcome.Epsilon.LowerBound > 1, "bound " + outcome.Epsilon.LowerBound);
        Assert.Equal(5, outcome.PerTarget.Length);
        Assert.All(outcome.PerTarget, s => Tolerance.Equal(1, s.Auc));
        Assert.Equal(5, outcome.PerTargetEpsilon.Length);
        Assert.All(outcome.PerTargetEpsilon, e => Assert.InRange(e, 0.05, outcome.Epsilon.LowerBound));
    }

    [Fact]
    public void Analyze_FeaturesIgnoreMembership_ChanceLevelAndNoEpsilon()
    {
        // Arrange: features independent of membership.
        var (features, members) = Game(60, 6, 12, (_, random) => random.NextDouble());

        // Act
        var outcome = ShadowAttackAnalyzer.Analyze(features, members, 1e-5);

        // Assert
        Assert.InRange(outcome.Pooled.Auc, 0.35, 0.65);
        Assert.True(outcome.Epsilon.LowerBound < 0.5, "bound " + outcome.Epsilon.LowerBound);
        Assert.Equal(5 * ShadowAttackAnalyzer.GuessFractions.Length, outcome.Epsilon.Tests);
        Assert.All(outcome.PerTargetEpsilon, e => Assert.True(e < 0.5, "per-target bound " + e));
    }

    [Fact]
    public void Analyze_FailedRunsAreSkipped()
    {
        // Arrange: every third run failed.
        var (features, members) = Game(30, 4, 13, (member, random) => member ? random.NextDouble() : 1 + random.NextDouble());
        for (var r = 0; r < features.Length; r += 3)
        {
            features[r] = null;
        }

        // Act
        var outcome = ShadowAttackAnalyzer.Analyze(features, members, 1e-5);

        // Assert
        Assert.Equal(20, outcome.TrainingRuns + outcome.ScoredRuns);
    }

    private static (double[][]?[] Features, bool[][] Members) Game(int runs, int targets, ulong seed, Func<bool, DeterministicRandom, double> distance)
    {
        var random = new DeterministicRandom(seed);
        var features = new double[][]?[runs];
        var members = new bool[runs][];
        for (var r = 0; r < runs; r++)
        {
            members[r] = new bool[targets];
            features[r] = new double[targets][];
            for (var t = 0; t < targets; t++)
            {
                members[r][t] = random.NextDouble() < 0.5;
                var f = new double[ShadowFeatureExtractor.FeatureCount];
                for (var k = 0; k < f.Length; k++)
                {
                    f[k] = random.NextDouble();
                }

                f[0] = distance(members[r][t], random);
                features[r]![t] = f;
            }
        }

        return (features, members);
    }
}
