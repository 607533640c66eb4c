using System.Globalization;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Privacy;

/// <summary><c>privacy.exact_match_rate</c>: the share of synthetic rows identical to some train row.</summary>
/// <remarks>Definition (docs/metrics.md 4.1): rows are equal when every used column is equal after canonicalisation (numbers to
/// 12 significant digits, missing = missing). Baseline: the same rate against the holdout, rescaled by
/// <c>n_T / n_H</c> (matches as frequent against fresh real rows are common records, not leakage). Breakdown: the SDNist
/// unique-exact-match share (of the rows unique in train, the share that appear in the synthetic data), and for each
/// excluded identifier column the share of synthetic values that occur verbatim in train (any copy is a critical finding).
/// With a holdout, the replay test behind the privacy verdict: among rows unique in train ∪ holdout, the share of train rows
/// replayed minus the share of holdout rows replayed, with its Newcombe interval (<see cref="ReplayKeys"/>).
/// Interval: Wilson.</remarks>
public sealed class ExactMatchRateMetric : IMetric
{
    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.ExactMatchRate;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (PrivacyData.CannotRun(input, needsHoldout: false) is { } reason)
        {
            return MetricResult.Skipped(Descriptor, reason);
        }

        var columns = input.UsedColumns;
        var train = RowKeys.Of(input.Real, columns);
        var synthetic = RowKeys.Of(input.Synthetic, columns);
        var trainCounts = Count(train);
        var nS = synthetic.Length;
        var matches = synthetic.Count(trainCounts.ContainsKey);
        var value = (double)matches / nS;
        var breakdown = new List<BreakdownEntry>
        {
            new("matches_train", matches, Note: string.Create(CultureInfo.InvariantCulture, $"{matches} of {nS} synthetic rows equal a train row")),
        };
        var warnings = new List<string>();
        double? baseline = null;
        var syntheticSet = synthetic.ToHashSet();
        var uniqueTrain = trainCounts.Where(kv => kv.Value == 1).Select(kv => kv.Key).ToList();
        var uniqueReplayed = uniqueTrain.Count(syntheticSet.Contains);
        double? uniqueBaseline = null;
        IEnumerable<BreakdownEntry> replay = [];
        if (input.Holdout is { RowCount: > 0 } holdout && PrivacyData.CannotRun(input, needsHoldout: true) is null)
        {
            var holdoutCounts = Count(RowKeys.Of(holdout, columns));
            var holdoutMatches = synthetic.Count(holdoutCounts.ContainsKey);
            var rateH = (double)holdoutMatches / nS;
            baseline = Math.Min(1, rateH * input.Real.RowCount / holdout.RowCount);
            breakdown.Add(new("rate_vs_holdout", rateH, WilsonInterval.Of(holdoutMatches, nS, context.ConfidenceLevel),
                Note: "raw rate against the holdout, before rescaling by n_train/n_holdout"));
            var uniqueHoldout = holdoutCounts.Where(kv => kv.Value == 1).Select(kv => kv.Key).ToList();
            if (uniqueHoldout.Count > 0)
            {
                uniqueBaseline = (double)uniqueHoldout.Count(syntheticSet.Contains) / uniqueHoldout.Count;
            }

            replay = ReplayEntries(trainCounts, holdoutCounts, syntheticSet, context.ConfidenceLevel);

            if (PrivacyData.SmallHoldoutWarning(input) is { } small)
            {
                warnings.Add(small);
            }
        }
        else if (input.Holdout is null)
        {
            warnings.Add("no holdout: the baseline (matches against fresh real rows) is not available");
        }
        else
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"the holdout has {input.Holdout.RowCount} rows (fewer than {PrivacyData.MinimumHoldout}): no baseline"));
        }

        breakdown.Add(uniqueTrain.Count == 0
            ? new BreakdownEntry("unique_exact_matches", null, Note: "no row is unique in train")
            : new BreakdownEntry("unique_exact_matches", (double)uniqueReplayed / uniqueTrain.Count,
                WilsonInterval.Of(uniqueReplayed, uniqueTrain.Count, context.ConfidenceLevel), uniqueBaseline,
                string.Create(CultureInfo.InvariantCulture, $"SDNist: {uniqueReplayed} of the {uniqueTrain.Count} rows unique in train appear in the synthetic data; baseline = same share for rows unique in the holdout")));
        breakdown.AddRange(replay);
        foreach (var entry in IdentifierCopies(input))
        {
            breakdown.Add(entry);
            if (entry.Value > 0)
            {
                var message = string.Create(CultureInfo.InvariantCulture,
                    $"critical: {entry.Value:P1} of the synthetic values of excluded identifier column '{entry.Key["identifier:".Length..]}' occur verbatim in the real train data");
                warnings.Add(message);
                context.Warn(message);
            }
        }

        return MetricResult.Ok(Descriptor, value, WilsonInterval.Of(matches, nS, context.ConfidenceLevel), baseline, breakdown) with
        {
            CiMethod = "wilson",
            Warnings = [.. warnings],
        };
    }

    /// <summary>The replay test: rows unique in train ∪ holdout, replayed share from train minus replayed share from the holdout.</summary>
    /// <remarks>A row is a candidate when its key occurs exactly once in train and holdout together. If train and holdout are
    /// a random split and the generator never saw the holdout, a train candidate and a holdout candidate are equally likely to
    /// appear verbatim in the synthetic data, so the difference is 0 up to noise; the Newcombe interval tests it.</remarks>
    private static IEnumerable<BreakdownEntry> ReplayEntries(Dictionary<UInt128, int> train, Dictionary<UInt128, int> holdout,
        HashSet<UInt128> synthetic, double level)
    {
        int nT = 0, kT = 0, nH = 0, kH = 0;
        foreach (var (key, count) in train)
        {
            if (count == 1 && !holdout.ContainsKey(key))
            {
                nT++;
                kT += synthetic.Contains(key) ? 1 : 0;
            }
        }

        foreach (var (key, count) in holdout)
        {
            if (count == 1 && !train.ContainsKey(key))
            {
                nH++;
                kH += synthetic.Contains(key) ? 1 : 0;
            }
        }

        if (NewcombeInterval.Of(kT, nT, kH, nH, level) is not { } test)
        {
            yield return new BreakdownEntry(ReplayKeys.Excess, null, Note: "no row is unique in train and holdout together: no replay test");
            yield break;
        }

        var (difference, ci) = test;

        var expected = (double)kH / nH * nT;
        yield return new BreakdownEntry(ReplayKeys.Excess, difference, ci, 0, string.Create(CultureInfo.InvariantCulture,
            $"replayed share of rows unique in train ∪ holdout: train {kT}/{nT} minus holdout {kH}/{nH}; Newcombe hybrid score interval; 0 = no more replay than fresh rows get"));
        yield return new BreakdownEntry(ReplayKeys.TrainReplayed, kT, Baseline: expected, Note: string.Create(CultureInfo.InvariantCulture,
            $"{kT} of {nT} unique train rows appear verbatim in the synthetic data; the holdout rate predicts {expected:0.#}"));
        yield return new BreakdownEntry(ReplayKeys.HoldoutReplayed, kH, Note: string.Create(CultureInfo.InvariantCulture,
            $"{kH} of {nH} unique holdout rows appear verbatim in the synthetic data"));
    }

    private static Dictionary<UInt128, int> Count(UInt128[] keys)
    {
        var counts = new Dictionary<UInt128, int>(keys.Length);
        foreach (var k in keys)
        {
            counts[k] = counts.TryGetValue(k, out var c) ? c + 1 : 1;
        }

        return counts;
    }

    /// <summary>For each excluded identifier column present in both tables: the share of non-missing synthetic values found in train.</summary>
    private static IEnumerable<BreakdownEntry> IdentifierCopies(AuditInput input)
    {
        foreach (var col in input.Schema.Columns.Where(c => c.Kind == ColumnKind.Identifier))
        {
            if (!input.Real.Contains(col.Name) || !input.Synthetic.Contains(col.Name))
            {
                continue;
            }

            var real = input.Real[col.Name];
            var synth = input.Synthetic[col.Name];
            int copied = 0, total = 0;
            if (real is NumericColumn rn && synth is NumericColumn sn)
            {
                var set = rn.Values.Where(v => !double.IsNaN(v)).ToHashSet();
                foreach (var v in sn.Values)
                {
                    if (!double.IsNaN(v))
                    {
                        total++;
                        copied += set.Contains(v) ? 1 : 0;
                    }
                }
            }
            else if (real is CategoricalColumn rc && synth is CategoricalColumn sc)
            {
                var set = rc.Codes.Where(c => c >= 0).ToHashSet();
                foreach (var c in sc.Codes)
                {
                    if (c >= 0)
                    {
                        total++;
                        copied += set.Contains(c) ? 1 : 0;
                    }
                }
            }

            yield return total == 0
                ? new BreakdownEntry("identifier:" + col.Name, null, Note: "no synthetic values")
                : new BreakdownEntry("identifier:" + col.Name, (double)copied / total, Baseline: 0,
                    Note: string.Create(CultureInfo.InvariantCulture, $"{copied} of {total} synthetic identifier values occur verbatim in train (should be 0)"));
        }
    }
}
