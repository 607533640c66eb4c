using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SynthAudit.Metrics.Neighbors;

/// <summary>Exact k-nearest-neighbour search under the Gower distance: blocked brute force with SIMD over a column-major
/// float encoding, parallel over query rows, then an exact double-precision re-ranking.</summary>
/// <remarks>
/// <para>Each thread takes a chunk of query rows and scans the reference rows block by block (a block stays in cache while
/// four query rows at a time are compared with it, so one load of a reference vector serves four queries). Each query keeps
/// a shortlist of the <c>k + 4</c> smallest float distances (strict comparison in reference order, so the lowest index wins a
/// tie). The shortlist is then re-scored with the double-precision distance of <see cref="GowerEncoding"/> and sorted by
/// (distance, index). The float error is bounded (<c>ε</c> from the value magnitudes and the column count); when the
/// shortlist's last float distance is not at least <c>ε</c> above the k-th exact distance (ties, duplicates), the query is
/// rescanned in double precision. The result therefore equals a naive double loop, ties included.</para>
/// <para>No allocation per pair; each query writes its own result slots, so results do not depend on the thread count.</para>
/// </remarks>
public static class NearestNeighbors
{
    /// <summary>The largest supported k.</summary>
    public const int MaxK = 10;

    private static long s_fallbacks;
    private const int Extra = 4;
    private const int Group = 4;
    private const int QueryChunk = 32;
    private const int ReferenceBlock = 2048;

    /// <summary>How many queries so far needed the exact double-precision rescan (diagnostics and tests).</summary>
    internal static long FallbackCount => Interlocked.Read(ref s_fallbacks);

    /// <summary>Finds the <paramref name="k"/> nearest rows of <paramref name="reference"/> for each query row.</summary>
    /// <param name="query">The query table's encoding.</param>
    /// <param name="reference">The reference table's encoding (same <see cref="GowerEncoding"/>).</param>
    /// <param name="k">Neighbours per query (1 to <see cref="MaxK"/>).</param>
    /// <param name="queryRows">The query rows to search for (all when null); results follow this order.</param>
    /// <param name="columns">The encoding's column indices to use (all when null); the distance is the mean over them.</param>
    /// <param name="excludeSelf">Skip reference row i for query row i (requires <paramref name="query"/> == <paramref name="reference"/>).</param>
    /// <param name="options">Parallelism and cancellation.</param>
    public static NeighborResult Search(GowerMatrix query, GowerMatrix reference, int k, int[]? queryRows = null,
        int[]? columns = null, bool excludeSelf = false, ParallelOptions? options = null) =>
        Search(query, reference, k, queryRows, columns, excludeSelf, options, Vector512.IsHardwareAccelerated);

    /// <summary>As the public overload, choosing the 512-bit or the <see cref="Vector{T}"/> kernel (tests cover both).</summary>
    internal static NeighborResult Search(GowerMatrix query, GowerMatrix reference, int k, int[]? queryRows,
        int[]? columns, bool excludeSelf, ParallelOptions? options, bool wide)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, MaxK);
        if (!ReferenceEquals(query.Encoding, reference.Encoding))
        {
            throw new ArgumentException("Query and reference must share one encoding.", nameof(reference));
        }

        if (excludeSelf && !ReferenceEquals(query, reference))
        {
            throw new ArgumentException("Self-exclusion needs the query and reference to be the same matrix.", nameof(excludeSelf));
        }

        var encoding = query.Encoding;
        var cols = columns ?? Enumerable.Range(0, encoding.ColumnCount).ToArray();
        if (cols.Length == 0)
        {
            throw new ArgumentException("At least one column is needed.", nameof(columns));
        }

        var rows = queryRows ?? Enumerable.Range(0, query.RowCount).ToArray();
        var n = rows.Length;
        var indices = new int[n * k];
        var distances = new double[n * k];
        if (n == 0)
        {
            return new NeighborResult(k, indices, distances);
        }

        var available = reference.RowCount - (excludeSelf ? 1 : 0);
        var shortlist = Math.Max(1, Math.Min(k + Extra, Math.Max(available, 1)));
        var epsilon = ErrorBound(query, reference, cols);
        var job = new Job(query, reference, k, rows, cols, excludeSelf, shortlist, epsilon, indices, distances, wide && GowerKernel512.IsSupported).Prepared();
        var chunks = (n + QueryChunk - 1) / QueryChunk;
        Parallel.For(0, chunks, options ?? new ParallelOptions(), c => job.RunChunk(c));
        return new NeighborResult(k, indices, distances);
    }

    /// <summary>A bound on |float sum − double sum| for one pair, with a safety factor of 2.</summary>
    private static double ErrorBound(GowerMatrix query, GowerMatrix reference, int[] cols)
    {
        const double Unit = 1.0 / (1 << 24);
        double bound = 0;
        var clamped = 0;
        foreach (var j in cols)
        {
            if (query.Encoding.IsNumeric[j])
            {
                bound += 4 * (Math.Max(query.Magnitude[j], reference.Magnitude[j]) + 1) * Unit;
            }

            if (query.Clamped[j] || reference.Clamped[j])
            {
                clamped++;
            }
        }

        var p = cols.Length + 1.0;
        return 2 * (bound + p * p * Unit) + clamped;
    }

    private sealed class Job(GowerMatrix query, GowerMatrix reference, int k, int[] rows, int[] cols, bool excludeSelf,
        int shortlist, double epsilon, int[] indices, double[] distances, bool wide)
    {
        private readonly float[][] _refColumns = cols.Select(j => reference.Encoded[j]).ToArray();

        /// <summary>The searched columns the wide kernel compares as byte codes (at most 254 of them).</summary>
        private readonly int[] _byteCols = wide ? [.. cols.Where(j => query.Bytes[j] is not null && reference.Bytes[j] is not null).Take(254)] : [];

        private int[] FloatCols => [.. cols.Except(_byteCols)];

        private byte[][] _refBytes = null!;

        private float[][] _refFloats = null!;

        /// <summary>Prepares the wide kernel's reference columns (call once before <see cref="RunChunk"/>).</summary>
        public Job Prepared()
        {
            _refBytes = [.. _byteCols.Select(j => reference.Bytes[j]!)];
            _refFloats = [.. FloatCols.Select(j => reference.Encoded[j])];
            return this;
        }

        public void RunChunk(int chunk)
        {
            var start = chunk * QueryChunk;
            var count = Math.Min(QueryChunk, rows.Length - start);
            var p = cols.Length;
            var groups = (count + Group - 1) / Group;
            var values = new float[groups * Group * p];
            var self = new int[groups * Group];
            for (var g = 0; g < groups * Group; g++)
            {
                var row = rows[start + Math.Min(g, count - 1)];
                self[g] = excludeSelf ? row : -1;
                for (var c = 0; c < p; c++)
                {
                    values[g * p + c] = query.Encoded[cols[c]][row];
                }
            }

            var heapD = new float[groups * Group * shortlist];
            var heapI = new int[groups * Group * shortlist];
            heapD.AsSpan().Fill(float.PositiveInfinity);
            heapI.AsSpan().Fill(-1);
            var nRef = reference.RowCount;
            var padded = GowerMatrix.PaddedLength(nRef);
            if (wide)
            {
                ScanWide(start, count, groups, self, heapD, heapI, padded, nRef);
            }
            else
            {
                for (var blockStart = 0; blockStart < padded; blockStart += ReferenceBlock)
                {
                    var blockEnd = Math.Min(padded, blockStart + ReferenceBlock);
                    for (var g = 0; g < groups; g++)
                    {
                        ScanGroup(values, g * Group, self, heapD, heapI, blockStart, blockEnd, nRef);
                    }
                }
            }

            var sums = new double[shortlist];
            for (var q = 0; q < count; q++)
            {
                Finish(start + q, rows[start + q], self[q], heapD.AsSpan(q * shortlist, shortlist), heapI.AsSpan(q * shortlist, shortlist), sums);
            }
        }

        /// <summary>The wide path of <see cref="RunChunk"/>: gathers each group's query codes and values, then scans the
        /// reference block by block.</summary>
        private void ScanWide(int start, int count, int groups, int[] self, float[] heapD, int[] heapI, int padded, int nRef)
        {
            var floatCols = FloatCols;
            var nb = _byteCols.Length;
            var queryBytes = new Vector512<byte>[groups][];
            var queryFloats = new float[groups][];
            for (var g = 0; g < groups; g++)
            {
                queryBytes[g] = new Vector512<byte>[Group * nb];
                queryFloats[g] = new float[Group * floatCols.Length];
                for (var i = 0; i < Group; i++)
                {
                    var row = rows[start + Math.Min((g * Group) + i, count - 1)];
                    for (var c = 0; c < nb; c++)
                    {
                        queryBytes[g][(i * nb) + c] = Vector512.Create(query.Bytes[_byteCols[c]]![row]);
                    }

                    for (var c = 0; c < floatCols.Length; c++)
                    {
                        queryFloats[g][(i * floatCols.Length) + c] = query.Encoded[floatCols[c]][row];
                    }
                }
            }

            var buffer = ArrayPool<float>.Shared.Rent(Group * ReferenceBlock);
            try
            {
                for (var blockStart = 0; blockStart < padded; blockStart += ReferenceBlock)
                {
                    var blockEnd = Math.Min(padded, blockStart + ReferenceBlock);
                    for (var g = 0; g < groups; g++)
                    {
                        ScanGroupWide(g, queryBytes[g], queryFloats[g], buffer, self, heapD, heapI, blockStart, blockEnd, nRef);
                    }
                }
            }
            finally
            {
                ArrayPool<float>.Shared.Return(buffer);
            }
        }

        private void ScanGroup(float[] values, int first, int[] self, float[] heapD, int[] heapI, int blockStart, int blockEnd, int nRef)
        {
            var p = cols.Length;
            var width = Vector<float>.Count;
            var one = Vector<float>.One;
            ref var q0 = ref values[first * p];
            ref var q1 = ref values[(first + 1) * p];
            ref var q2 = ref values[(first + 2) * p];
            ref var q3 = ref values[(first + 3) * p];
            var w0 = heapD[(first * shortlist) + shortlist - 1];
            var w1 = heapD[((first + 1) * shortlist) + shortlist - 1];
            var w2 = heapD[((first + 2) * shortlist) + shortlist - 1];
            var w3 = heapD[((first + 3) * shortlist) + shortlist - 1];
            for (var v = blockStart; v < blockEnd; v += width)
            {
                var a0 = Vector<float>.Zero;
                var a1 = Vector<float>.Zero;
                var a2 = Vector<float>.Zero;
                var a3 = Vector<float>.Zero;
                for (var c = 0; c < p; c++)
                {
                    var r = Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_refColumns[c]), (nuint)v);
                    a0 += Vector.MinNative(one, Vector.Abs(r - new Vector<float>(Unsafe.Add(ref q0, c))));
                    a1 += Vector.MinNative(one, Vector.Abs(r - new Vector<float>(Unsafe.Add(ref q1, c))));
                    a2 += Vector.MinNative(one, Vector.Abs(r - new Vector<float>(Unsafe.Add(ref q2, c))));
                    a3 += Vector.MinNative(one, Vector.Abs(r - new Vector<float>(Unsafe.Add(ref q3, c))));
                }

                if (Vector.LessThanAny(a0, new Vector<float>(w0)))
                {
                    w0 = Offer(a0, v, first, self, heapD, heapI, nRef);
                }

                if (Vector.LessThanAny(a1, new Vector<float>(w1)))
                {
                    w1 = Offer(a1, v, first + 1, self, heapD, heapI, nRef);
                }

                if (Vector.LessThanAny(a2, new Vector<float>(w2)))
                {
                    w2 = Offer(a2, v, first + 2, self, heapD, heapI, nRef);
                }

                if (Vector.LessThanAny(a3, new Vector<float>(w3)))
                {
                    w3 = Offer(a3, v, first + 3, self, heapD, heapI, nRef);
                }
            }
        }

        /// <summary>Scans one block for the four queries of group <paramref name="g"/>: the kernel writes their float sums to
        /// <paramref name="buffer"/>, then each query offers the lanes that beat its shortlist.</summary>
        private void ScanGroupWide(int g, Vector512<byte>[] queryBytes, float[] queryFloats, float[] buffer, int[] self,
            float[] heapD, int[] heapI, int blockStart, int blockEnd, int nRef)
        {
            GowerKernel512.Sums4(_refBytes, _refFloats, queryBytes, queryFloats, blockStart, blockEnd, buffer, ReferenceBlock);
            for (var i = 0; i < Group; i++)
            {
                var q = (g * Group) + i;
                var w = heapD[(q * shortlist) + shortlist - 1];
                ref var sums = ref buffer[i * ReferenceBlock];
                for (var v = 0; v < blockEnd - blockStart; v += Vector512<float>.Count)
                {
                    var acc = Vector512.LoadUnsafe(ref sums, (nuint)v);
                    if (Vector512.LessThanAny(acc, Vector512.Create(w)))
                    {
                        w = Offer512(acc, blockStart + v, q, self, heapD, heapI, nRef);
                    }
                }
            }
        }

        /// <summary>Inserts the lanes of <paramref name="acc"/> that beat the shortlist; returns the new worst distance.</summary>
        private float Offer(Vector<float> acc, int v, int q, int[] self, float[] heapD, int[] heapI, int nRef)
        {
            var d = heapD.AsSpan(q * shortlist, shortlist);
            var ix = heapI.AsSpan(q * shortlist, shortlist);
            for (var lane = 0; lane < Vector<float>.Count; lane++)
            {
                var index = v + lane;
                if (index >= nRef)
                {
                    break;
                }

                var dist = acc[lane];
                if (!(dist < d[^1]) || index == self[q])
                {
                    continue;
                }

                var pos = d.Length - 1;
                while (pos > 0 && d[pos - 1] > dist)
                {
                    d[pos] = d[pos - 1];
                    ix[pos] = ix[pos - 1];
                    pos--;
                }

                d[pos] = dist;
                ix[pos] = index;
            }

            return d[^1];
        }

        /// <summary>Inserts the lanes of <paramref name="acc"/> that beat the shortlist; returns the new worst distance.</summary>
        private float Offer512(Vector512<float> acc, int v, int q, int[] self, float[] heapD, int[] heapI, int nRef)
        {
            var d = heapD.AsSpan(q * shortlist, shortlist);
            var ix = heapI.AsSpan(q * shortlist, shortlist);
            for (var lane = 0; lane < Vector512<float>.Count; lane++)
            {
                var index = v + lane;
                if (index >= nRef)
                {
                    break;
                }

                var dist = acc.GetElement(lane);
                if (!(dist < d[^1]) || index == self[q])
                {
                    continue;
                }

                var pos = d.Length - 1;
                while (pos > 0 && d[pos - 1] > dist)
                {
                    d[pos] = d[pos - 1];
                    ix[pos] = ix[pos - 1];
                    pos--;
                }

                d[pos] = dist;
                ix[pos] = index;
            }

            return d[^1];
        }

        private void Finish(int slot, int row, int self, Span<float> heapD, Span<int> heapI, double[] sums)
        {
            var encoding = query.Encoding;
            var filled = 0;
            while (filled < heapI.Length && heapI[filled] >= 0)
            {
                filled++;
            }

            for (var i = 0; i < filled; i++)
            {
                sums[i] = encoding.Sum(query, row, reference, heapI[i], cols);
            }

            // Sort the shortlist by (exact sum, index): insertion sort, at most k + 4 entries.
            for (var i = 1; i < filled; i++)
            {
                var s = sums[i];
                var x = heapI[i];
                var j = i - 1;
                while (j >= 0 && (sums[j] > s || (sums[j] == s && heapI[j] > x)))
                {
                    sums[j + 1] = sums[j];
                    heapI[j + 1] = heapI[j];
                    j--;
                }

                sums[j + 1] = s;
                heapI[j + 1] = x;
            }

            var kept = Math.Min(k, filled);
            var complete = filled < heapI.Length
                || (kept > 0 && heapD[^1] - epsilon > sums[kept - 1]);
            var outIdx = indices.AsSpan(slot * k, k);
            var outDist = distances.AsSpan(slot * k, k);
            if (complete)
            {
                for (var i = 0; i < k; i++)
                {
                    outIdx[i] = i < kept ? heapI[i] : -1;
                    outDist[i] = i < kept ? sums[i] / cols.Length : double.NaN;
                }

                return;
            }

            Interlocked.Increment(ref s_fallbacks);
            ExactScan(row, self, outIdx, outDist);
        }

        /// <summary>The fallback: a full double-precision scan for one query (near-ties the float pass cannot order).</summary>
        private void ExactScan(int row, int self, Span<int> outIdx, Span<double> outDist)
        {
            var encoding = query.Encoding;
            Span<double> best = stackalloc double[k];
            best.Fill(double.PositiveInfinity);
            outIdx.Fill(-1);
            for (var r = 0; r < reference.RowCount; r++)
            {
                if (r == self)
                {
                    continue;
                }

                var s = encoding.Sum(query, row, reference, r, cols);
                if (!(s < best[^1]))
                {
                    continue;
                }

                var pos = k - 1;
                while (pos > 0 && best[pos - 1] > s)
                {
                    best[pos] = best[pos - 1];
                    outIdx[pos] = outIdx[pos - 1];
                    pos--;
                }

                best[pos] = s;
                outIdx[pos] = r;
            }

            for (var i = 0; i < k; i++)
            {
                outDist[i] = outIdx[i] >= 0 ? best[i] / cols.Length : double.NaN;
            }
        }
    }
}
