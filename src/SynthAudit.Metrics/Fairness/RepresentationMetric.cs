using System.Collections.Immutable;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Fairness;

/// <summary><c>fairness.representation</c>: the largest absolute gap between a protected group's real and synthetic share.</summary>
/// <remarks>docs/metrics.md 5.1: <c>share(g) = n(g)/n</c> in each dataset; value = max over every group of every grouping (each
/// protected attribute and their intersection) of |share_S(g) − share_T(g)|. Breakdown: Wilson CIs per share, the ratio
/// share_S/share_T with a Katz log CI (flagged under-represented when below 0.8 and its CI lies below 1, over-represented
/// when above 1.25 and its CI lies above 1), and the TVD of each grouping. The value's CI is a two-sample percentile
/// bootstrap (each dataset resampled at its own size; group shares vary, so this one is not stratified).</remarks>
public sealed class RepresentationMetric : IMetric
{
    /// <summary>Pooled groups with fewer real rows than this are never named in a breakdown key or warning.</summary>
    public const int MinNamedRealRows = 10;

    private readonly FairnessOptions _options;

    /// <summary>Creates the metric.</summary>
    public RepresentationMetric(FairnessOptions? options = null)
    {
        _options = options ?? FairnessOptions.Default;
    }

    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.Representation;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (input.Sensitive.IsEmpty)
        {
            return MetricResult.Skipped(Descriptor, "needs --sensitive");
        }

        if (input.Real.RowCount == 0 || input.Synthetic.RowCount == 0)
        {
            return MetricResult.Skipped(Descriptor, "the real or synthetic data has no rows");
        }

        var groups = ProtectedGroups.For(input, context, _options);
        var cells = groups.CellCount;
        var realCells = new int[cells];
        var syntheticCells = new int[cells];
        foreach (var c in groups.RealCells)
        {
            realCells[c]++;
        }

        foreach (var c in groups.SyntheticCells)
        {
            syntheticCells[c]++;
        }

        var nT = input.Real.RowCount;
        var nS = input.Synthetic.RowCount;
        var value = MaxGap(groups, realCells, syntheticCells, nT, nS, null);
        var tvd = new double[groups.Groupings.Length];
        MaxGap(groups, realCells, syntheticCells, nT, nS, tvd);

        var b = context.BootstrapResamples;
        var maxReplicates = new double[b];
        var tvdReplicates = new double[groups.Groupings.Length][];
        for (var g = 0; g < tvdReplicates.Length; g++)
        {
            tvdReplicates[g] = new double[b];
        }

        Parallel.For(0, b, context.ParallelOptions(ct), r =>
        {
            var random = context.RandomFor(Descriptor.Id, "bootstrap", r);
            var rc = new int[cells];
            var sc = new int[cells];
            Resample(random, groups.RealCells, rc);
            Resample(random, groups.SyntheticCells, sc);
            var t = new double[tvdReplicates.Length];
            maxReplicates[r] = MaxGap(groups, rc, sc, nT, nS, t);
            for (var g = 0; g < t.Length; g++)
            {
                tvdReplicates[g][r] = t[g];
            }
        });

        var breakdown = new List<BreakdownEntry>();
        var warnings = new List<string>();
        var figures = new List<FigureData>();
        foreach (var attribute in groups.Attributes.Where(a => a.Binning != "levels as given"))
        {
            breakdown.Add(new BreakdownEntry(attribute.Name + ": binning", null, Note: attribute.Binning));
        }

        for (var gi = 0; gi < groups.Groupings.Length; gi++)
        {
            var grouping = groups.Groupings[gi];
            var realCounts = new int[grouping.Count];
            var syntheticCounts = new int[grouping.Count];
            grouping.SumCells(realCells, realCounts);
            grouping.SumCells(syntheticCells, syntheticCounts);
            breakdown.Add(new BreakdownEntry(grouping.Name + ": TVD", tvd[gi],
                BootstrapInterval.PercentileContaining(tvdReplicates[gi], tvd[gi], context.ConfidenceLevel),
                Note: "total variation distance between the real and synthetic group shares"));
            AddGroups(breakdown, warnings, grouping, realCounts, syntheticCounts, nT, nS, context.ConfidenceLevel);
            figures.Add(new FigureData("fairness.representation." + FairnessText.Id(grouping.Name),
                "Group shares, real vs synthetic (" + grouping.Name + ")", FigureKind.Bars, grouping.Name, "share of rows",
                grouping.Labels,
                [
                    new FigureSeries("real", [], [.. realCounts.Select(c => (double)c / nT)]),
                    new FigureSeries("synthetic", [], [.. syntheticCounts.Select(c => (double)c / nS)]),
                ]));
        }

        return MetricResult.Ok(Descriptor, value, BootstrapInterval.PercentileContaining(maxReplicates, value, context.ConfidenceLevel),
            baseline: 0, breakdown: breakdown) with
        {
            CiMethod = FairnessText.Bootstrap(b, "two-sample"),
            Warnings = [.. warnings],
            Figures = [.. figures],
        };
    }

    private void AddGroups(List<BreakdownEntry> breakdown, List<string> warnings, Grouping grouping, int[] realCounts,
        int[] syntheticCounts, int nT, int nS, double level)
    {
        for (var g = 0; g < grouping.Count; g++)
        {
            var key = grouping.Key(g);
            var realShare = (double)realCounts[g] / nT;
            var syntheticShare = (double)syntheticCounts[g] / nS;
            breakdown.Add(new BreakdownEntry(key + ": real share", realShare, WilsonInterval.Of(realCounts[g], nT, level),
                Note: FairnessText.Count(realCounts[g]) + " rows"));
            breakdown.Add(new BreakdownEntry(key + ": synthetic share", syntheticShare, WilsonInterval.Of(syntheticCounts[g], nS, level),
                Baseline: realShare, Note: FairnessText.Count(syntheticCounts[g]) + " rows; gap " + FairnessText.Number(syntheticShare - realShare)));
            if (realCounts[g] == 0)
            {
                breakdown.Add(new BreakdownEntry(key + ": share ratio", null, Note: "no real rows (groups seen only in the synthetic data)"));
                continue;
            }

            var ratio = syntheticShare / realShare;
            var ci = RatioInterval.Katz(syntheticCounts[g], nS, realCounts[g], nT, level);
            var flag = Flag(ratio, ci, syntheticCounts[g]);
            breakdown.Add(new BreakdownEntry(key + ": share ratio", ratio, ci, Baseline: 1, Note: flag));
            if (flag is not null)
            {
                warnings.Add(key + " is " + flag + " in the synthetic data (share ratio " + FairnessText.Number(ratio) + ")");
            }
        }

        if (!grouping.Pooled.IsEmpty)
        {
            // A group with 1-9 real rows is never named (its label is a rare real value): such groups are reported as one count.
            var named = grouping.Pooled.Where(p => p.RealRows == 0 || p.RealRows >= MinNamedRealRows).ToArray();
            var hidden = grouping.Pooled.Where(p => p.RealRows > 0 && p.RealRows < MinNamedRealRows).ToArray();
            foreach (var pooled in named)
            {
                breakdown.Add(new BreakdownEntry(grouping.Name + ": pooled " + pooled.Label, (double)pooled.RealRows / nT,
                    Note: "pooled into " + Grouping.OtherLabel + ": " + FairnessText.Count(pooled.RealRows) + " real rows (< "
                        + FairnessText.Count(_options.MinGroupSize) + "), " + FairnessText.Count(pooled.SyntheticRows) + " synthetic rows"));
            }

            var hiddenText = FairnessText.Count(hidden.Length) + " unnamed group(s) with fewer than "
                + FairnessText.Count(MinNamedRealRows) + " real rows";
            if (hidden.Length > 0)
            {
                breakdown.Add(new BreakdownEntry(grouping.Name + ": pooled small groups", (double)hidden.Sum(p => p.RealRows) / nT,
                    Note: "pooled into " + Grouping.OtherLabel + ": " + hiddenText));
            }

            var labels = named.Select(p => p.Label).ToList();
            if (hidden.Length > 0)
            {
                labels.Add(hiddenText);
            }

            warnings.Add(FairnessText.Count(grouping.Pooled.Length) + " " + grouping.Name + " group(s) with fewer than "
                + FairnessText.Count(_options.MinGroupSize) + " real rows pooled into " + Grouping.OtherLabel + ": "
                + string.Join("; ", labels));
        }
    }

    private string? Flag(double ratio, ConfidenceInterval? ci, int syntheticCount)
    {
        if (syntheticCount == 0)
        {
            return "under-represented: absent from the synthetic data";
        }

        if (ci is not { } c)
        {
            return null;
        }

        if (ratio < _options.UnderRepresentation && c.High < 1)
        {
            return "under-represented (ratio CI below 1)";
        }

        if (ratio > _options.OverRepresentation && c.Low > 1)
        {
            return "over-represented (ratio CI above 1)";
        }

        return null;
    }

    private static void Resample(Core.Randomness.DeterministicRandom random, int[] cells, int[] counts)
    {
        var n = cells.Length;
        for (var i = 0; i < n; i++)
        {
            counts[cells[random.NextInt(n)]]++;
        }
    }

    private static double MaxGap(ProtectedGroups groups, int[] realCells, int[] syntheticCells, int nT, int nS, double[]? tvd)
    {
        var max = 0.0;
        for (var gi = 0; gi < groups.Groupings.Length; gi++)
        {
            var (groupMax, sum) = Gaps(groups.Groupings[gi], realCells, syntheticCells, nT, nS);
            max = Math.Max(max, groupMax);
            if (tvd is not null)
            {
                tvd[gi] = sum / 2;
            }
        }

        return max;
    }

    private static (double Max, double Sum) Gaps(Grouping grouping, int[] realCells, int[] syntheticCells, int nT, int nS)
    {
        Span<int> r = grouping.Count <= 256 ? stackalloc int[grouping.Count] : new int[grouping.Count];
        Span<int> s = grouping.Count <= 256 ? stackalloc int[grouping.Count] : new int[grouping.Count];
        grouping.SumCells(realCells, r);
        grouping.SumCells(syntheticCells, s);
        double max = 0, sum = 0;
        for (var g = 0; g < r.Length; g++)
        {
            var gap = Math.Abs((double)s[g] / nS - (double)r[g] / nT);
            sum += gap;
            max = Math.Max(max, gap);
        }

        return (max, sum);
    }
}
