using SynthAudit.Metrics.Privacy.Shadow;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Privacy.Shadow;

public sealed class ShadowFeatureExtractorTests
{
    private static readonly string[] s_levels = ["a", "b", "c"];

    [Fact]
    public void Compute_TargetCopiedIntoTheOutput_HasZeroDistanceAnExactMatchAndRaisedMarginals()
    {
        // Arrange: real rows 0..3, the target is row 3 (x = 10, k = "c"); the population never has k = "c".
        var real = new TableBuilder("real").Numeric("x", 0, 1, 2, 10).Categorical("k", s_levels, "a", "b", "a", "c").Build();
        var population = new TableBuilder("population").Numeric("x", 0, 1, 2, 3, 4).Categorical("k", s_levels, "a", "b", "a", "b", "a").Build();
        var space = new ShadowSpace(["x", "k"], real, population);
        var extractor = new ShadowFeatureExtractor(space.Encode(real), [3], space.Encode(population), [0, 1, 2, 3, 4]);
        var with = new TableBuilder("with").Numeric("x", 0, 1, 10).Categorical("k", s_levels, "a", "b", "c").Build();
        var without = new TableBuilder("without").Numeric("x", 0, 1, 2).Categorical("k", s_levels, "a", "b", "a").Build();

        // Act
        var fin = extractor.Compute(space.Encode(with))[0];
        var fout = extractor.Compute(space.Encode(without))[0];

        // Assert: Gower distance 0 and one exact match when copied; with the copy gone, the nearest row (2, "a") is at
        // (|10 − 2|/10 + 1)/2 = 0.9 (range of x over real ∪ population = 10).
        Tolerance.Equal(0, fin[0]);
        Tolerance.Equal(Math.Log(2), fin[3]);
        Tolerance.Equal(0.9, fout[0]);
        Tolerance.Equal(0, fout[3]);
        Assert.True(fin[8] > fout[8], "1-way marginal max ratio");
        Assert.True(fin[13] > fout[13], "density ratio");
        Assert.Equal(ShadowFeatureFamilies.Names.Length, fin.Length);
    }
}
