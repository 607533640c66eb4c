namespace SynthAudit.Metrics.Learning;

/// <summary>One fitted tree over binned features: each split sends the bins in its 256-bit mask left, the rest right.</summary>
/// <remarks>Threshold splits of ordered features and level-set splits of categorical features share the mask form, and the
/// missing bin's bit is the learned default direction for missing values.</remarks>
internal sealed class RegressionTree
{
    private readonly int[] _feature;
    private readonly ulong[] _masks;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly double[] _value;

    public RegressionTree(int[] feature, ulong[] masks, int[] left, int[] right, double[] value)
    {
        _feature = feature;
        _masks = masks;
        _left = left;
        _right = right;
        _value = value;
    }

    /// <summary>The number of leaves.</summary>
    public int LeafCount => _feature.Count(f => f < 0);

    /// <summary>The leaf value reached by one row.</summary>
    public double Predict(byte[] bins, int rows, int row)
    {
        var node = 0;
        while (_feature[node] >= 0)
        {
            var b = bins[(_feature[node] * rows) + row];
            node = ((_masks[(node * 4) + (b >> 6)] >> (b & 63)) & 1) != 0 ? _left[node] : _right[node];
        }

        return _value[node];
    }
}
