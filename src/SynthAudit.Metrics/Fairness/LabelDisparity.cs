using System.Collections.Immutable;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Fairness;

/// <summary>The target's positive rate per protected group in real and synthetic data, with stratified bootstrap replicates.</summary>
/// <remarks>Computed once per audit and shared by <c>fairness.parity_gap</c> and <c>fairness.bias_amplification</c>. Bootstrap
/// (docs/metrics.md 5.4, 5.5, 6.1): each replicate resamples every real and every synthetic cell (combination of protected levels)
/// with replacement at its own size, so every replicate holds every group with its original size; a cell's positive count is
/// then Binomial(n, k/n), drawn exactly (<see cref="CountSampler"/>). The headline grouping is the one with the largest absolute DPD
/// change; its interval is that grouping's own bootstrap interval, the same one its breakdown row shows.</remarks>
internal sealed class LabelDisparity
{
    private LabelDisparity(BinaryTarget target, ImmutableArray<GroupingParity> groupings, int headline, double[] headlineReplicates,
        int realMissing, int syntheticMissing)
    {
        Target = target;
        Groupings = groupings;
        Headline = headline;
        HeadlineReplicates = headlineReplicates;
        RealMissingTarget = realMissing;
        SyntheticMissingTarget = syntheticMissing;
    }

    /// <summary>The binary target.</summary>
    public BinaryTarget Target { get; }

    /// <summary>Rates per grouping, in grouping order.</summary>
    public ImmutableArray<GroupingParity> Groupings { get; }

    /// <summary>The index of the headline grouping (largest absolute DPD change), or -1 when no grouping has two eligible groups.</summary>
    public int Headline { get; }

    /// <summary>Bootstrap replicates of the headline change.</summary>
    public double[] HeadlineReplicates { get; }

    /// <summary>Real rows left out because their target is missing.</summary>
    public int RealMissingTarget { get; }

    /// <summary>Synthetic rows left out because their target is missing.</summary>
    public int SyntheticMissingTarget { get; }

    /// <summary>The analysis key (argument: the options): one per input set and options.</summary>
    private static AnalysisKey<FairnessOptions, LabelDisparity> Key { get; } = new("fairness.labels", AnalysisScope.InputSet, (a, options, ct) =>
    {
        var target = BinaryTarget.TryCreate(a.Input.Real, a.Input.Target ?? string.Empty, out var reason)
            ?? throw new InvalidOperationException("the fairness label analysis needs a binary target: " + reason);
        return Compute(a.Input, a.Context, ProtectedGroups.For(a.Input, a.Context, options), target, options, ct);
    });

    /// <summary>The shared analysis of <paramref name="input"/> (requires a binary target; see <see cref="FairnessInputs.Labels"/>).</summary>
    public static LabelDisparity For(AuditInput input, MetricContext context, FairnessOptions options, CancellationToken ct) =>
        context.Analyses(input).Get(Key, options, ct);

    /// <summary>Computes the analysis.</summary>
    public static LabelDisparity Compute(AuditInput input, MetricContext context, ProtectedGroups groups, BinaryTarget target,
        FairnessOptions options, CancellationToken ct)
    {
        var cells = groups.CellCount;
        var realLabels = target.Encode(input.Real);
        var syntheticLabels = target.Encode(input.Synthetic);
        var nT = new int[cells];
        var kT = new int[cells];
        var nS = new int[cells];
        var kS = new int[cells];
        var realMissing = Count(groups.RealCells, realLabels, nT, kT);
        var syntheticMissing = Count(groups.SyntheticCells, syntheticLabels, nS, kS);

        var b = context.BootstrapResamples;
        var count = groups.Groupings.Length;
        var realReplicates = new double[count][];
        var syntheticReplicates = new double[count][];
        for (var g = 0; g < count; g++)
        {
            realReplicates[g] = new double[b];
            syntheticReplicates[g] = new double[b];
        }

        var eligible = groups.Groupings.Select(gr => EligibleGroups(gr, nT, nS, options)).ToArray();
        Parallel.For(0, b, context.ParallelOptions(ct), r =>
        {
            var random = context.RandomFor(MetricIds.ParityGap, "bootstrap", r);
            var kTr = new int[cells];
            var kSr = new int[cells];
            for (var c = 0; c < cells; c++)
            {
                kTr[c] = Binomial(random, nT[c], kT[c]);
                kSr[c] = Binomial(random, nS[c], kS[c]);
            }

            for (var g = 0; g < count; g++)
            {
                realReplicates[g][r] = Dpd(groups.Groupings[g], nT, kTr, eligible[g], out _, out _);
                syntheticReplicates[g][r] = Dpd(groups.Groupings[g], nS, kSr, eligible[g], out _, out _);
            }
        });

        var parities = ImmutableArray.CreateBuilder<GroupingParity>(count);
        for (var g = 0; g < count; g++)
        {
            var grouping = groups.Groupings[g];
            var realRows = new int[grouping.Count];
            var realPositives = new int[grouping.Count];
            var syntheticRows = new int[grouping.Count];
            var syntheticPositives = new int[grouping.Count];
            grouping.SumCells(nT, realRows);
            grouping.SumCells(kT, realPositives);
            grouping.SumCells(nS, syntheticRows);
            grouping.SumCells(kS, syntheticPositives);
            var realDpd = Dpd(grouping, nT, kT, eligible[g], out var maxGroup, out var minGroup);
            var syntheticDpd = Dpd(grouping, nS, kS, eligible[g], out _, out _);
            parities.Add(new GroupingParity
            {
                Grouping = grouping,
                RealRows = realRows,
                RealPositives = realPositives,
                SyntheticRows = syntheticRows,
                SyntheticPositives = syntheticPositives,
                Eligible = eligible[g],
                RealDpd = realDpd,
                SyntheticDpd = syntheticDpd,
                RealMaxGroup = maxGroup,
                RealMinGroup = minGroup,
                RealDpdReplicates = realReplicates[g],
                SyntheticDpdReplicates = syntheticReplicates[g],
            });
        }

        var all = parities.ToImmutable();
        var headline = Select(all.Select(p => p.Change).ToArray());

        // The headline's interval is its grouping's own interval, exactly as in the per-grouping breakdown. Re-choosing the
        // grouping inside each replicate mixed the changes of different groupings (of either sign) into one interval, so the
        // headline could read "not significant" next to a significant breakdown row with the same value.
        var headlineReplicates = headline < 0 ? new double[b].Select(_ => double.NaN).ToArray() : all[headline].ChangeReplicates();
        return new LabelDisparity(target, all, headline, headlineReplicates, realMissing, syntheticMissing);
    }

    /// <summary>The index of the largest absolute finite value (first on ties), or -1.</summary>
    internal static int Select(ReadOnlySpan<double> changes)
    {
        var best = -1;
        for (var g = 0; g < changes.Length; g++)
        {
            if (double.IsFinite(changes[g]) && (best < 0 || Math.Abs(changes[g]) > Math.Abs(changes[best])))
            {
                best = g;
            }
        }

        return best;
    }

    private static int Count(int[] cells, sbyte[] labels, int[] n, int[] k)
    {
        var missing = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            if (labels[i] < 0)
            {
                missing++;
                continue;
            }

            n[cells[i]]++;
            k[cells[i]] += labels[i];
        }

        return missing;
    }

    private static bool[] EligibleGroups(Grouping grouping, int[] nT, int[] nS, FairnessOptions options)
    {
        var realRows = new int[grouping.Count];
        var syntheticRows = new int[grouping.Count];
        grouping.SumCells(nT, realRows);
        grouping.SumCells(nS, syntheticRows);
        var eligible = new bool[grouping.Count];
        for (var g = 0; g < eligible.Length; g++)
        {
            eligible[g] = g != grouping.OtherGroup && realRows[g] >= options.MinGroupSize && syntheticRows[g] >= options.MinGroupSize;
        }

        return eligible;
    }

    private static double Dpd(Grouping grouping, int[] nCells, int[] kCells, bool[] eligible, out int maxGroup, out int minGroup)
    {
        Span<int> n = grouping.Count <= 256 ? stackalloc int[grouping.Count] : new int[grouping.Count];
        Span<int> k = grouping.Count <= 256 ? stackalloc int[grouping.Count] : new int[grouping.Count];
        grouping.SumCells(nCells, n);
        grouping.SumCells(kCells, k);
        maxGroup = -1;
        minGroup = -1;
        double max = double.NegativeInfinity, min = double.PositiveInfinity;
        for (var g = 0; g < n.Length; g++)
        {
            if (!eligible[g])
            {
                continue;
            }

            var rate = (double)k[g] / n[g];
            if (rate > max)
            {
                max = rate;
                maxGroup = g;
            }

            if (rate < min)
            {
                min = rate;
                minGroup = g;
            }
        }

        var used = 0;
        foreach (var e in eligible)
        {
            used += e ? 1 : 0;
        }

        return used < 2 ? double.NaN : max - min;
    }

    /// <summary>A Binomial(n, k/n) draw: the positives among n rows drawn with replacement from n rows holding k positives.</summary>
    private static int Binomial(Core.Randomness.DeterministicRandom random, int n, int k) =>
        k == 0 || k == n ? k : CountSampler.Binomial(random, n, (double)k / n);
}
