using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Encoding;

namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>Computes the bootstrap replicates of the fidelity statistics in blocks of <see cref="ReplicateLanes.Width"/>:
/// per-column statistics replicate by replicate, the pair and k-way marginals of a whole block in one counting pass each.</summary>
/// <remarks>Replicate b draws the same multiplicities as before (<see cref="FidelityAnalysis.DrawCounts"/>), and every
/// value equals that of <see cref="FidelityEvaluator.Evaluate"/> on the replicate bit for bit (integer counts, the same
/// TVD sum order). Blocks are fixed (replicates 32k … 32k + 31) and each replicate's values depend on nothing else,
/// so results do not depend on the number of threads.</remarks>
internal sealed class LaneReplicates
{
    private readonly FidelityPlan _plan;
    private readonly FidelityEvaluator _evaluator;
    private readonly int[] _countsR;
    private readonly int[] _countsS;
    private readonly RowSet _real;
    private readonly RowSet _synthetic;
    private readonly ReplicateLanes _lanesR;
    private readonly ReplicateLanes _lanesS;
    private readonly int[] _tableR;
    private readonly int[] _tableS;
    private readonly double[] _tvd = new double[ReplicateLanes.Width];

    /// <summary>Creates one worker's buffers.</summary>
    public LaneReplicates(FidelityEncoding encoding, FidelityPlan plan)
    {
        _plan = plan;
        _evaluator = new FidelityEvaluator(encoding, plan);
        int nR = encoding.RowCounts[Sides.Real], nS = encoding.RowCounts[Sides.Synthetic];
        _countsR = new int[nR];
        _countsS = new int[nS];
        _real = new RowSet(nR);
        _synthetic = new RowSet(nS);
        _lanesR = new ReplicateLanes(nR);
        _lanesS = new ReplicateLanes(nS);
        _tableR = new int[Math.Max(1, plan.MaxCells) * ReplicateLanes.Width];
        _tableS = new int[_tableR.Length];
    }

    /// <summary>Computes all <paramref name="replicates"/>.Length replicates on at most
    /// <see cref="MetricContext.MaxDegreeOfParallelism"/> workers.</summary>
    public static void Run(FidelityEncoding encoding, FidelityPlan plan, MetricContext context, FidelityStatistics[] replicates, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(replicates);
        var blocks = (replicates.Length + ReplicateLanes.Width - 1) / ReplicateLanes.Width;
        FidelityAnalysis.ForEachReplicate(blocks, context, ct, () => new LaneReplicates(encoding, plan),
            (block, worker) => worker.RunBlock(context, block, replicates));
    }

    /// <summary>Computes replicates 32 × <paramref name="block"/> … (at most 32 of them) into <paramref name="replicates"/>.</summary>
    public void RunBlock(MetricContext context, int block, FidelityStatistics[] replicates)
    {
        var first = block * ReplicateLanes.Width;
        var count = Math.Min(ReplicateLanes.Width, replicates.Length - first);
        _lanesR.Clear();
        _lanesS.Clear();
        for (var l = 0; l < count; l++)
        {
            FidelityAnalysis.DrawCounts(context, first + l, _countsR, _countsS);
            _real.SetFromCounts(_countsR);
            _synthetic.SetFromCounts(_countsS);
            var stats = _evaluator.EvaluateColumns(_real, Sides.Synthetic, _synthetic);
            if (!_lanesR.Set(l, _countsR) || !_lanesS.Set(l, _countsS))
            {
                // A multiplicity above 255 (tiny tables): this replicate is counted on its own.
                _lanesR.Remove(l);
                _lanesS.Remove(l);
                _evaluator.EvaluateMarginals(_real, Sides.Synthetic, _synthetic, stats);
            }

            replicates[first + l] = stats;
        }

        if (!_lanesR.AnyValid)
        {
            return;
        }

        for (var p = 0; p < _plan.PairMarginals.Length; p++)
        {
            Count(_plan.PairMarginals[p]);
            for (var l = 0; l < count; l++)
            {
                if (_lanesR.Valid[l])
                {
                    replicates[first + l].Contingency[p] = 1 - _tvd[l];
                }
            }
        }

        for (var m = 0; m < _plan.KMarginals.Length; m++)
        {
            Count(_plan.KMarginals[m]);
            for (var l = 0; l < count; l++)
            {
                if (_lanesR.Valid[l])
                {
                    replicates[first + l].MarginalTvd[m] = _tvd[l];
                }
            }
        }
    }

    private void Count(Marginal marginal)
    {
        var size = marginal.CellCount * ReplicateLanes.Width;
        var a = _tableR.AsSpan(0, size);
        var b = _tableS.AsSpan(0, size);
        marginal.CountLanes(Sides.Real, _lanesR, a);
        marginal.CountLanes(Sides.Synthetic, _lanesS, b);
        LaneKernels.Tvd(a, _lanesR, b, _lanesS, marginal.CellCount, _tvd);
    }
}
