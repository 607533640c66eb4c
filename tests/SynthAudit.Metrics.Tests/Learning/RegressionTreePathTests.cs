using SynthAudit.Metrics.Learning;

namespace SynthAudit.Metrics.Tests.Learning;

public sealed class RegressionTreePathTests
{
    [Fact]
    public void Path_NamesTheFeaturesSplitOn_AndOtherFeaturesCannotChangeTheValue()
    {
        // Arrange: root splits feature 2 (bins 0-1 left), its left child splits feature 0 (bin 0 left); leaves 3, 4, 5.
        int[] feature = [2, 0, -1, -1, -1];
        var masks = new ulong[5 * 4];
        masks[0] = 0b11;
        masks[4] = 0b1;
        var tree = new RegressionTree(feature, masks, [1, 3, -1, -1, -1], [2, 4, -1, -1, -1], [0, 0, 5, 3, 4]);
        // Three rows, three features, column-major bins.
        byte[] bins = [0, 1, 0, /* feature 1 */ 7, 7, 7, /* feature 2 */ 0, 1, 3];

        // Act
        var values = Enumerable.Range(0, 3).Select(i => (Value: tree.Predict(bins, 3, i, out var path), Path: path)).ToArray();

        // Assert
        Assert.Equal((3.0, 0b101UL), values[0]);
        Assert.Equal((4.0, 0b101UL), values[1]);
        Assert.Equal((5.0, 0b100UL), values[2]);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(values[i].Value, tree.Predict(bins, 3, i));
        }

        // Feature 1 is on no path: any bins there leave every value as it was; feature 0 is not on row 2's path.
        byte[] changed = [0, 1, 9, /* feature 1 */ 0, 200, 3, /* feature 2 */ 0, 1, 3];
        Assert.Equal(values.Select(v => v.Value), Enumerable.Range(0, 3).Select(i => tree.Predict(changed, 3, i)));
    }
}
