namespace SynthAudit.Metrics.Learning;

/// <summary>Grows one histogram regression tree leaf-wise (best-first) on gradients and hessians (LightGBM / scikit-learn HGB).</summary>
/// <remarks>
/// Each node has a gradient/hessian histogram per feature; only the smaller child of a split is histogrammed from its
/// rows, the larger one is parent minus sibling. Split gain = G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ); the leaf value is
/// −G/(H+λ) times the learning rate. Ordered features try thresholds with the missing bin on either side (learned
/// default direction). Categorical features are split natively, LightGBM-style: the levels present in the node
/// (missing counts as a level; levels with fewer than <c>MinCategorySupport</c> rows in the node always go right) are ordered by G/(H + smoothing) and the best prefix of that order goes left (Fisher 1958:
/// optimal for a convex loss), so no one-hot explosion and no target leakage from target statistics. Histograms of
/// different features are built in parallel; each feature is summed by one thread in row order, so results do not depend
/// on the thread count.
/// </remarks>
internal sealed class TreeGrower
{
    private const int BinsPerFeature = 256;
    private const int ParallelThreshold = 1 << 15;

    private readonly BinnedMatrix _x;
    private readonly GradientBoostingOptions _options;
    private readonly ParallelOptions? _parallel;
    private readonly int[] _rows;
    private readonly int[] _scratch;
    private readonly double[] _orderedG;
    private readonly double[] _orderedH;
    private readonly Stack<HistogramBin[]> _pool = new();

    public TreeGrower(BinnedMatrix x, GradientBoostingOptions options, ParallelOptions? parallel)
    {
        _x = x;
        _options = options;
        _parallel = parallel;
        _rows = new int[x.Rows];
        _scratch = new int[x.Rows];
        _orderedG = new double[x.Rows];
        _orderedH = new double[x.Rows];
    }

    /// <summary>Grows a tree; adds each leaf's value to <paramref name="raw"/> for its training rows and each split's gain to <paramref name="importance"/>.</summary>
    public RegressionTree Grow(double[] g, double[] h, double[] raw, double[] importance)
    {
        for (var i = 0; i < _rows.Length; i++)
        {
            _rows[i] = i;
        }

        var nodesFeature = new List<int>();
        var nodesMask = new List<ulong>();
        var nodesLeft = new List<int>();
        var nodesRight = new List<int>();
        var nodesValue = new List<double>();
        int NewNode()
        {
            nodesFeature.Add(-1);
            nodesMask.AddRange([0UL, 0UL, 0UL, 0UL]);
            nodesLeft.Add(-1);
            nodesRight.Add(-1);
            nodesValue.Add(0);
            return nodesFeature.Count - 1;
        }

        var rootHist = Build(0, _rows.Length, g, h);
        double rootG = 0, rootH = 0;
        for (var b = 0; b < BinsPerFeature; b++)
        {
            rootG += rootHist[b].G;
            rootH += rootHist[b].H;
        }

        var leaves = new List<Leaf> { new(NewNode(), 0, _rows.Length, rootG, rootH, 0, rootHist) };
        FindBestSplit(leaves[0]);
        var leafCount = 1;
        while (leafCount < _options.MaxLeafNodes)
        {
            Leaf? best = null;
            foreach (var leaf in leaves)
            {
                if (leaf.Hist is not null && leaf.BestGain > 0 && (best is null || leaf.BestGain > best.BestGain))
                {
                    best = leaf;
                }
            }

            if (best is null)
            {
                break;
            }

            var leftCount = Partition(best);
            var leftNode = NewNode();
            var rightNode = NewNode();
            nodesFeature[best.Node] = best.BestFeature;
            for (var w = 0; w < 4; w++)
            {
                nodesMask[(best.Node * 4) + w] = best.BestMask[w];
            }

            nodesLeft[best.Node] = leftNode;
            nodesRight[best.Node] = rightNode;
            importance[best.BestFeature] += best.BestGain;
            var left = new Leaf(leftNode, best.Start, leftCount, best.LeftG, best.LeftH, best.Depth + 1, null);
            var right = new Leaf(rightNode, best.Start + leftCount, best.Count - leftCount, best.G - best.LeftG, best.H - best.LeftH, best.Depth + 1, null);
            var parentHist = best.Hist!;
            best.Hist = null;
            var canSplit = _options.MaxDepth is not { } maxDepth || left.Depth < maxDepth;
            if (canSplit && (left.Count >= 2 * _options.MinSamplesLeaf || right.Count >= 2 * _options.MinSamplesLeaf))
            {
                var (small, large) = left.Count <= right.Count ? (left, right) : (right, left);
                small.Hist = Build(small.Start, small.Count, g, h);
                for (var i = 0; i < parentHist.Length; i++)
                {
                    parentHist[i].G -= small.Hist[i].G;
                    parentHist[i].H -= small.Hist[i].H;
                    parentHist[i].Count -= small.Hist[i].Count;
                }

                large.Hist = parentHist;
                FindBestSplit(left);
                FindBestSplit(right);
            }
            else
            {
                _pool.Push(parentHist);
            }

            leaves.Remove(best);
            leaves.Add(left);
            leaves.Add(right);
            leafCount++;
        }

        foreach (var leaf in leaves)
        {
            var value = -leaf.G / Math.Max(leaf.H + _options.L2, 1e-12) * _options.LearningRate;
            nodesValue[leaf.Node] = value;
            for (var i = leaf.Start; i < leaf.Start + leaf.Count; i++)
            {
                raw[_rows[i]] += value;
            }

            if (leaf.Hist is not null)
            {
                _pool.Push(leaf.Hist);
            }
        }

        return new RegressionTree([.. nodesFeature], [.. nodesMask], [.. nodesLeft], [.. nodesRight], [.. nodesValue]);
    }

    private HistogramBin[] Build(int start, int count, double[] g, double[] h)
    {
        var hist = _pool.Count > 0 ? _pool.Pop() : new HistogramBin[_x.Features * BinsPerFeature];
        Array.Clear(hist);
        for (var i = 0; i < count; i++)
        {
            var r = _rows[start + i];
            _orderedG[i] = g[r];
            _orderedH[i] = h[r];
        }

        var features = _x.Features;
        if (_parallel is not null && (long)count * features >= ParallelThreshold && _parallel.MaxDegreeOfParallelism != 1)
        {
            Parallel.For(0, features, _parallel, f => BuildFeature(hist, f, start, count));
        }
        else
        {
            for (var f = 0; f < features; f++)
            {
                BuildFeature(hist, f, start, count);
            }
        }

        return hist;
    }

    private void BuildFeature(HistogramBin[] hist, int feature, int start, int count)
    {
        var bins = _x.Feature(feature);
        var slice = hist.AsSpan(feature * BinsPerFeature, BinsPerFeature);
        var rows = _rows.AsSpan(start, count);
        var og = _orderedG.AsSpan(0, count);
        var oh = _orderedH.AsSpan(0, count);
        for (var i = 0; i < rows.Length; i++)
        {
            ref var bin = ref slice[bins[rows[i]]];
            bin.G += og[i];
            bin.H += oh[i];
            bin.Count++;
        }
    }

    private void FindBestSplit(Leaf leaf)
    {
        leaf.BestGain = 0;
        if (leaf.Count < 2 * _options.MinSamplesLeaf || leaf.Hist is null)
        {
            return;
        }

        var parentScore = leaf.G * leaf.G / Math.Max(leaf.H + _options.L2, 1e-12);
        for (var f = 0; f < _x.Features; f++)
        {
            var slice = leaf.Hist.AsSpan(f * BinsPerFeature, BinsPerFeature);
            if (_x.IsCategorical[f])
            {
                CategoricalSplit(leaf, f, slice, parentScore);
            }
            else
            {
                OrderedSplit(leaf, f, slice, parentScore);
                if (slice[BinnedMatrix.MissingBin].Count > 0)
                {
                    OrderedSplit(leaf, f, slice, parentScore, missingLeft: true);
                }
            }
        }
    }

    private void OrderedSplit(Leaf leaf, int feature, ReadOnlySpan<HistogramBin> slice, double parentScore, bool missingLeft = false)
    {
        var missing = slice[BinnedMatrix.MissingBin];
        double lg = missingLeft ? missing.G : 0, lh = missingLeft ? missing.H : 0;
        var lc = missingLeft ? missing.Count : 0;
        for (var t = 0; t < BinnedMatrix.MissingBin; t++)
        {
            if (slice[t].Count == 0)
            {
                continue;
            }

            lg += slice[t].G;
            lh += slice[t].H;
            lc += slice[t].Count;
            if (lc >= leaf.Count)
            {
                break;
            }

            if (Consider(leaf, lg, lh, lc, parentScore))
            {
                leaf.BestFeature = feature;
                Array.Clear(leaf.BestMask);
                for (var b = 0; b <= t; b++)
                {
                    leaf.BestMask[b >> 6] |= 1UL << (b & 63);
                }

                if (missingLeft)
                {
                    leaf.BestMask[3] |= 1UL << 63;
                }
            }
        }
    }

    private void CategoricalSplit(Leaf leaf, int feature, ReadOnlySpan<HistogramBin> slice, double parentScore)
    {
        Span<int> present = stackalloc int[BinsPerFeature];
        Span<double> keys = stackalloc double[BinsPerFeature];
        var m = 0;
        for (var b = 0; b < BinsPerFeature; b++)
        {
            if (slice[b].Count >= _options.MinCategorySupport)
            {
                present[m] = b;
                keys[m] = slice[b].G / (slice[b].H + _options.CategoricalSmoothing);
                m++;
            }
        }

        if (m < 2)
        {
            return;
        }

        // Insertion sort by ratio, ties by bin: deterministic and fast for the few levels of a node.
        for (var i = 1; i < m; i++)
        {
            var key = keys[i];
            var bin = present[i];
            var j = i - 1;
            while (j >= 0 && (keys[j] > key || (keys[j] == key && present[j] > bin)))
            {
                keys[j + 1] = keys[j];
                present[j + 1] = present[j];
                j--;
            }

            keys[j + 1] = key;
            present[j + 1] = bin;
        }

        // Prefixes from both ends of the order: rare levels (below the support) always go right, so the two differ.
        for (var direction = 0; direction < 2; direction++)
        {
            double lg = 0, lh = 0;
            var lc = 0;
            for (var i = 0; i < m - 1; i++)
            {
                var b = present[direction == 0 ? i : m - 1 - i];
                lg += slice[b].G;
                lh += slice[b].H;
                lc += slice[b].Count;
                if (Consider(leaf, lg, lh, lc, parentScore))
                {
                    leaf.BestFeature = feature;
                    Array.Clear(leaf.BestMask);
                    for (var k = 0; k <= i; k++)
                    {
                        var bk = present[direction == 0 ? k : m - 1 - k];
                        leaf.BestMask[bk >> 6] |= 1UL << (bk & 63);
                    }
                }
            }
        }
    }

    private bool Consider(Leaf leaf, double lg, double lh, int lc, double parentScore)
    {
        var rc = leaf.Count - lc;
        var rg = leaf.G - lg;
        var rh = leaf.H - lh;
        if (lc < _options.MinSamplesLeaf || rc < _options.MinSamplesLeaf || lh < _options.MinHessianToSplit || rh < _options.MinHessianToSplit)
        {
            return false;
        }

        var gain = (lg * lg / (lh + _options.L2)) + (rg * rg / (rh + _options.L2)) - parentScore;
        if (!(gain > leaf.BestGain))
        {
            return false;
        }

        leaf.BestGain = gain;
        leaf.LeftG = lg;
        leaf.LeftH = lh;
        return true;
    }

    private int Partition(Leaf leaf)
    {
        var bins = _x.Feature(leaf.BestFeature);
        var mask = leaf.BestMask;
        var left = leaf.Start;
        var right = 0;
        for (var i = leaf.Start; i < leaf.Start + leaf.Count; i++)
        {
            var r = _rows[i];
            var b = bins[r];
            if (((mask[b >> 6] >> (b & 63)) & 1) != 0)
            {
                _rows[left++] = r;
            }
            else
            {
                _scratch[right++] = r;
            }
        }

        Array.Copy(_scratch, 0, _rows, left, right);
        return left - leaf.Start;
    }

    private sealed class Leaf(int node, int start, int count, double g, double h, int depth, HistogramBin[]? hist)
    {
        public int Node { get; } = node;

        public int Start { get; } = start;

        public int Count { get; } = count;

        public double G { get; } = g;

        public double H { get; } = h;

        public int Depth { get; } = depth;

        public HistogramBin[]? Hist { get; set; } = hist;

        public double BestGain { get; set; }

        public int BestFeature { get; set; } = -1;

        public ulong[] BestMask { get; } = new ulong[4];

        public double LeftG { get; set; }

        public double LeftH { get; set; }
    }
}
