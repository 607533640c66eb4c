using System.Collections.Immutable;

namespace SynthAudit.Metrics.Learning;

/// <summary>Features quantised to byte bins, column-major: the input of <see cref="GradientBoosting"/>.</summary>
/// <remarks>Bin <see cref="MissingBin"/> holds missing values; other bins are value ranges (numeric) or levels (categorical).</remarks>
public sealed class BinnedMatrix
{
    /// <summary>The bin of a missing value.</summary>
    public const byte MissingBin = 255;

    /// <summary>Creates a matrix over <paramref name="bins"/> (not copied), <c>bins[feature * rows + row]</c>.</summary>
    public BinnedMatrix(int rows, byte[] bins, ImmutableArray<bool> isCategorical, ImmutableArray<string> names)
    {
        ArgumentNullException.ThrowIfNull(bins);
        if (bins.Length != (long)rows * isCategorical.Length || names.Length != isCategorical.Length)
        {
            throw new ArgumentException("The bin array does not have rows × features entries.", nameof(bins));
        }

        Rows = rows;
        Bins = bins;
        IsCategorical = isCategorical;
        Names = names;
    }

    /// <summary>The number of rows.</summary>
    public int Rows { get; }

    /// <summary>The number of features.</summary>
    public int Features => IsCategorical.Length;

    /// <summary>The bins, feature after feature.</summary>
    public byte[] Bins { get; }

    /// <summary>Whether each feature is categorical (split by level sets) rather than ordered (split by thresholds).</summary>
    public ImmutableArray<bool> IsCategorical { get; }

    /// <summary>The name of each feature (the source column).</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The bins of one feature.</summary>
    public ReadOnlySpan<byte> Feature(int feature) => Bins.AsSpan(feature * Rows, Rows);

    /// <summary>A new matrix with the given rows, in that order (rows may repeat).</summary>
    public BinnedMatrix TakeRows(ReadOnlySpan<int> rows)
    {
        var bins = new byte[rows.Length * Features];
        for (var f = 0; f < Features; f++)
        {
            var source = Feature(f);
            var target = bins.AsSpan(f * rows.Length, rows.Length);
            for (var i = 0; i < rows.Length; i++)
            {
                target[i] = source[rows[i]];
            }
        }

        return new BinnedMatrix(rows.Length, bins, IsCategorical, Names);
    }

    /// <summary>A copy in which one feature's bins are replaced (e.g. permuted for permutation importance).</summary>
    public BinnedMatrix WithFeature(int feature, ReadOnlySpan<byte> bins)
    {
        if (bins.Length != Rows)
        {
            throw new ArgumentException("The bins do not have one entry per row.", nameof(bins));
        }

        var copy = (byte[])Bins.Clone();
        bins.CopyTo(copy.AsSpan(feature * Rows, Rows));
        return new BinnedMatrix(Rows, copy, IsCategorical, Names);
    }
}
