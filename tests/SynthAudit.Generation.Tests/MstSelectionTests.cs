using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Privacy;

namespace SynthAudit.Generation.Tests;

/// <summary>MST's tree score in units of its chance level (issue 14; docs/dp-generator.md 3, step 3).</summary>
public sealed class MstSelectionTests
{
    [Fact]
    public void ChanceScales_HandCalculated()
    {
        // Arrange: column 0 has p̂ = (1/4, 3/4): R = 0.5 + 0.8660 = 1.3660; column 1 is uniform over 4: R = 4·0.5 = 2;
        // column 2 has all its mass on one level (and a negative noisy estimate, clipped): R = 1.
        double[][] oneWay = [[25, 75], [25, 25, 25, 25], [100, -3]];

        // Act
        var scales = MstMechanism.ChanceScales([[0, 1], [0, 2], [1, 2]], oneWay, 100);

        // Assert: 1/(1.3660·2), 1/max(1, 1.3660·1), 1/(2·1).
        Assert.Equal(1 / ((0.5 + Math.Sqrt(0.75)) * 2), scales[0], 12);
        Assert.Equal(1 / (0.5 + Math.Sqrt(0.75)), scales[1], 12);
        Assert.Equal(0.5, scales[2], 12);
    }

    [Fact]
    public void ChanceScales_NeverAboveOne()
    {
        // Arrange: a single-level column against another single-level column: R·R = 1.
        double[][] oneWay = [[40], [40]];

        // Act
        var scales = MstMechanism.ChanceScales([[0, 1]], oneWay, 40);

        // Assert
        Assert.Equal(1.0, scales[0], 12);
    }

    [Fact]
    public void SelectSpanningTree_Scaled_ChargesEachStepAndUsesTheLargestCandidateFactorAsSensitivity()
    {
        // Arrange: three binary columns, scales 0.25, 0.5, 0.4 for the pairs (0,1), (0,2), (1,2).
        var table = new EncodedTable([[0, 1, 1, 0], [0, 1, 0, 1], [1, 1, 0, 0]], [2, 2, 2], 4);
        var epsilon = 0.2;
        var data = new PrivateData(table, new PrivacyAccountant(1), new SeededDpRandom(3));
        int[][] pairs = [[0, 1], [0, 2], [1, 2]];
        double[][] estimates = [[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]];

        // Act
        var edges = data.SelectSpanningTree(pairs, estimates, [0.25, 0.5, 0.4], epsilon, "tree");

        // Assert: two steps of ε²/8 each; the first step's candidates are all three pairs (sensitivity 0.5).
        Assert.Equal(2, edges.Count);
        Assert.Equal(2, data.Accountant.Ledger.Length);
        Assert.All(data.Accountant.Ledger, e => Assert.Equal(epsilon * epsilon / 8, e.Rho, 15));
        Assert.Contains("score sensitivity 0.5,", data.Accountant.Ledger[0].Detail, StringComparison.Ordinal);
    }
}
