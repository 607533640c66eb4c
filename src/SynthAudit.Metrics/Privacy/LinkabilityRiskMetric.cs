using System.Globalization;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Neighbors;

namespace SynthAudit.Metrics.Privacy;

/// <summary><c>privacy.linkability_risk</c>: GDPR criterion 2, Anonymeter's linkability attack.</summary>
/// <remarks>The attacker holds two datasets about the same people with disjoint columns <c>A</c> and <c>B</c>. For each target
/// record, the nearest synthetic row is found using only <c>A</c> and, separately, only <c>B</c> (Gower distance, lowest index on
/// ties); the attack succeeds when both point to the same synthetic row (Anonymeter <c>linkability_evaluator.py</c>, one
/// neighbour). Main: targets from train; control: as many targets from the holdout; naive baseline: two random synthetic
/// rows. Column split (documented, deterministic): the used columns are sorted by their Shannon entropy in train (largest
/// first, ties by schema order) and each goes to the dataset with the smaller total entropy so far, so that both datasets
/// identify records about equally well (a split that leaves one side with only a few coarse columns cannot link anything,
/// whatever the synthetic data). <c>--link-a</c>/<c>--link-b</c> set the columns and <c>--link-k</c> the number of neighbours
/// compared (Anonymeter reports k = 1 and k = 10); see <see cref="AttackOptions"/>. Risk and interval as
/// <see cref="AttackRisk"/>, baseline 0 (the naive success rate is in the breakdown); 2000 targets per side by default.</remarks>
public sealed class LinkabilityRiskMetric : GdprAttackMetric
{
    /// <summary>Creates the metric with <paramref name="attacks"/> targets per side and the other settings at their defaults.</summary>
    public LinkabilityRiskMetric(int attacks = AttackOptions.DefaultAttacks)
        : this(AttackOptions.Default with { Attacks = attacks })
    {
    }

    /// <summary>Creates the metric with the given attack settings.</summary>
    public LinkabilityRiskMetric(AttackOptions options)
        : base(options)
    {
    }

    /// <inheritdoc />
    public override MetricDescriptor Descriptor => MetricCatalog.LinkabilityRisk;

    /// <inheritdoc />
    protected override MetricResult Attack(AuditInput input, MetricContext context, CancellationToken ct)
    {
        if (input.UsedColumns.Length < 2)
        {
            return MetricResult.Skipped(Descriptor, "needs at least two columns to split between the two datasets");
        }

        var data = PrivacyData.For(input, context);
        var p = data.Columns.Length;
        if (Columns(input, data.Columns) is not { } split)
        {
            return MetricResult.Skipped(Descriptor, "the linkability columns A and B must be used columns, disjoint and not empty");
        }

        var (a, b) = split;
        var k = Math.Min(Options.LinkNeighbors, input.Synthetic.RowCount);
        var targets = AttackTargets.Draw(input, context, Descriptor.Id, Attacks);
        var options = context.ParallelOptions(ct);
        var level = context.ConfidenceLevel;
        var main = Successes(data.Train, targets.Train, data.Synthetic, a, b, k, options);
        var control = Successes(data.Holdout!, targets.Holdout, data.Synthetic, a, b, k, options);
        var random = context.RandomFor(Descriptor.Id, "baseline");
        var naive = 0;
        for (var i = 0; i < targets.Count; i++)
        {
            var first = random.SampleWithoutReplacement(input.Synthetic.RowCount, k);
            var second = random.SampleWithoutReplacement(input.Synthetic.RowCount, k);
            naive += first.Intersect(second).Any() ? 1 : 0;
        }

        var risk = AttackRisk.Compute(SuccessRate.Of(main, targets.Count, level), SuccessRate.Of(control, targets.Count, level),
            SuccessRate.Of(naive, targets.Count, level), level);
        if (risk is null)
        {
            return MetricResult.Skipped(Descriptor, "every control attack succeeded: risk undefined (e.g. a single synthetic row)");
        }

        var breakdown = new List<BreakdownEntry>();
        SinglingOutRiskMetric.AddBreakdown(breakdown, "linkability", risk, targets.Count, level);
        breakdown.Add(new("columns_a", a.Length, Note: "dataset A: " + string.Join(", ", a.Select(j => data.Columns[j]))));
        breakdown.Add(new("columns_b", b.Length, Note: "dataset B: " + string.Join(", ", b.Select(j => data.Columns[j]))));
        breakdown.Add(new("targets", targets.Count, Note: targets.Note(Attacks)));
        breakdown.Add(new("neighbors", k, Note: string.Create(CultureInfo.InvariantCulture, $"a link succeeds when the {k} nearest synthetic rows by A and by B share a row (Anonymeter n_neighbors)")));
        var warnings = new List<string>();
        if (PrivacyData.SmallHoldoutWarning(input) is { } small)
        {
            warnings.Add(small);
        }

        if (risk.NoBetterThanBaseline)
        {
            warnings.Add("the linkability attack is no better than a naive attacker: its risk estimate is unreliable");
        }

        return MetricResult.Ok(Descriptor, risk.Value, risk.Ci, 0, breakdown) with
        {
            CiMethod = "wilson rates + delta method",
            Sampling = targets.Samples(input),
            Warnings = [.. warnings],
        };
    }

    /// <summary>The entropy-balanced split of the used columns into datasets A and B (indices in schema order).</summary>
    internal static (int[] A, int[] B) Split(AuditInput input, string[] columns)
    {
        var entropy = columns.Select(name => Entropy(input.Real[name])).ToArray();
        var order = Enumerable.Range(0, columns.Length).OrderByDescending(j => entropy[j]).ThenBy(j => j).ToArray();
        var a = new List<int>();
        var b = new List<int>();
        double ea = 0, eb = 0;
        foreach (var j in order)
        {
            // Ties (e.g. constant columns, entropy 0) go to the smaller side, so neither side stays empty.
            if (ea < eb || (ea == eb && a.Count <= b.Count))
            {
                a.Add(j);
                ea += entropy[j];
            }
            else
            {
                b.Add(j);
                eb += entropy[j];
            }
        }

        a.Sort();
        b.Sort();
        return ([.. a], [.. b]);
    }

    /// <summary>The Shannon entropy (nats) of a column's values, missing counted as a value.</summary>
    private static double Entropy(Column column)
    {
        var counts = new Dictionary<double, int>();
        for (var i = 0; i < column.Length; i++)
        {
            double key = column is NumericColumn n ? (double.IsNaN(n.Values[i]) ? double.NegativeInfinity : n.Values[i]) : ((CategoricalColumn)column).Codes[i];
            counts[key] = counts.TryGetValue(key, out var c) ? c + 1 : 1;
        }

        double h = 0;
        foreach (var c in counts.Values)
        {
            var q = (double)c / column.Length;
            h -= q * Math.Log(q);
        }

        return h;
    }

    /// <summary>The columns A and B: from the options when set (B defaults to the other used columns), else the split.</summary>
    private (int[] A, int[] B)? Columns(AuditInput input, string[] columns)
    {
        if (Options.LinkColumnsA.IsDefaultOrEmpty && Options.LinkColumnsB.IsDefaultOrEmpty)
        {
            return Split(input, columns);
        }

        var a = Options.LinkColumnsA.IsDefaultOrEmpty ? [] : Options.LinkColumnsA.Select(n => Array.IndexOf(columns, n)).ToArray();
        var b = Options.LinkColumnsB.IsDefaultOrEmpty
            ? Enumerable.Range(0, columns.Length).Where(j => !a.Contains(j)).ToArray()
            : Options.LinkColumnsB.Select(n => Array.IndexOf(columns, n)).ToArray();
        if (a.Length == 0)
        {
            a = Enumerable.Range(0, columns.Length).Where(j => !b.Contains(j)).ToArray();
        }

        if (a.Length == 0 || b.Length == 0 || a.Contains(-1) || b.Contains(-1) || a.Intersect(b).Any())
        {
            return null;
        }

        Array.Sort(a);
        Array.Sort(b);
        return (a, b);
    }

    private static int Successes(GowerMatrix targets, int[] rows, GowerMatrix synthetic, int[] a, int[] b, int k, ParallelOptions options)
    {
        var byA = NearestNeighbors.Search(targets, synthetic, k, rows, a, options: options);
        var byB = NearestNeighbors.Search(targets, synthetic, k, rows, b, options: options);
        var hits = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var linked = false;
            for (var x = 0; x < k && !linked; x++)
            {
                for (var y = 0; y < k && !linked; y++)
                {
                    linked = byA.Index(i, x) == byB.Index(i, y);
                }
            }

            hits += linked ? 1 : 0;
        }

        return hits;
    }
}
