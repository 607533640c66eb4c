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

    /// <summary>Whether any split of the tree uses <paramref name="feature"/>.</summary>
    public bool UsesFeature(int feature) => Array.IndexOf(_feature, feature) >= 0;

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

    /// <summary>The leaf value reached by one row, and in <paramref name="path"/> a bit per feature (features below 64)
    /// split on along the way: a change to a feature whose bit is clear cannot change this row's value.</summary>
    public double Predict(byte[] bins, int rows, int row, out ulong path)
    {
        var node = 0;
        path = 0;
        while (_feature[node] >= 0)
        {
            var feature = _feature[node];
            path |= 1UL << feature;
            var b = bins[(feature * rows) + row];
            node = ((_masks[(node * 4) + (b >> 6)] >> (b & 63)) & 1) != 0 ? _left[node] : _right[node];
        }

        return _value[node];
    }
}
