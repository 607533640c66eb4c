using System.Globalization;
using MathNet.Numerics;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Privacy;

/// <summary><c>privacy.singling_out_risk</c>: GDPR criterion 1, Anonymeter's singling-out attack with univariate and multivariate
/// predicates; the value is the larger of the two risks.</summary>
/// <remarks>
/// <para>Queries are built from the synthetic data only and must match exactly one synthetic row (Anonymeter,
/// <c>singling_out_evaluator.py</c>; Cohen and Nissim, PNAS 2020). Univariate: <c>col ≤ min</c>, <c>col ≥ max</c>,
/// <c>col == v</c> for values that occur once, <c>col is missing</c> when exactly one value is missing. Multivariate: a random
/// synthetic row and three random columns (<see cref="AttackOptions.MultivariateColumns"/>); numeric <c>≥ value</c> above the synthetic median, else <c>≤ value</c>; categorical
/// <c>== value</c>; missing <c>is missing</c>. A query succeeds when it matches exactly one real record. Naive baseline: random
/// columns, random synthetic values and random operators.</para>
/// <para>Equal sizes, not Anonymeter's correction. Whether a query isolates one record depends on how many records it is
/// evaluated on; Anonymeter evaluates the main attack on all of train and rescales the control count from the holdout with a
/// fitted curve, which gives fresh real data a univariate risk of about 0.22 when train is 2.33 times the holdout. Here both
/// attacks are evaluated on <c>m = min(n_T, n_H)</c> records: the main attack's success is the exact expectation over a random
/// m-subset of train (for a query matching <c>c</c> train rows, the hypergeometric probability <c>c·C(n_T−c, m−1)/C(n_T, m)</c>
/// that exactly one of them is drawn), the control attack's likewise on the holdout (exactly 1 or 0 when <c>n_H = m</c>). Fresh
/// real data therefore scores 0 up to noise. The price: a leaked record is in the m-subset with probability <c>m/n_T</c>, so the
/// largest absolute risk is below 1 when the holdout is smaller than train, hence the relative scale below.</para>
/// <para>Scale: the risk is relative to what a verbatim copy of train would score at these sizes,
/// <c>(r_a − r_c)/(A − r_c)</c> with <c>A = m/n_T</c> the main rate of a copy (every query built on a copy isolates one train
/// row, found in the m-subset with probability m/n_T), so a copy scores about 1 at any holdout:train ratio and fresh data
/// about 0. The absolute risk <c>(r_a − r_c)/(1 − r_c)</c> stays in the breakdown (<c>*_absolute</c>). Rates: Wilson;
/// delta-method error, clamped (see <see cref="AttackRisk"/>). The headline is the larger of the two modes, with a
/// Bonferroni interval (<see cref="AttackHeadline"/>). Settings from <see cref="AttackOptions"/> (2000 queries per mode, 3
/// columns, 100 attempts per query by default).</para>
/// </remarks>
public sealed class SinglingOutRiskMetric : GdprAttackMetric
{
    private const int Batch = 512;

    /// <summary>Creates the metric with <paramref name="attacks"/> queries per mode and the other settings at their defaults.</summary>
    public SinglingOutRiskMetric(int attacks = AttackOptions.DefaultAttacks)
        : this(AttackOptions.Default with { Attacks = attacks })
    {
    }

    /// <summary>Creates the metric with the given attack settings.</summary>
    public SinglingOutRiskMetric(AttackOptions options)
        : base(options)
    {
    }

    /// <inheritdoc />
    public override MetricDescriptor Descriptor => MetricCatalog.SinglingOutRisk;

    /// <inheritdoc />
    protected override MetricResult Attack(AuditInput input, MetricContext context, CancellationToken ct)
    {
        var columns = Options.SinglingOutColumns.IsDefaultOrEmpty
            ? input.UsedColumns
            : [.. input.UsedColumns.Where(Options.SinglingOutColumns.Contains)];
        if (columns.IsEmpty)
        {
            return MetricResult.Skipped(Descriptor, "none of the declared quasi-identifiers is a used column: " + string.Join(", ", Options.SinglingOutColumns));
        }

        var synthetic = new QueryTable(input.Synthetic, columns);
        var train = new QueryTable(input.Real, columns);
        var holdout = new QueryTable(input.Holdout!, columns);
        var m = Math.Min(train.RowCount, holdout.RowCount);
        var options = context.ParallelOptions(ct);
        var level = context.ConfidenceLevel;
        var warnings = new List<string>();
        var breakdown = new List<BreakdownEntry>
        {
            new("evaluation_size", m, Note: string.Create(CultureInfo.InvariantCulture,
                $"main and control attacks both evaluated on {m} records (train {train.RowCount}, holdout {holdout.RowCount}), so that fresh real data scores 0")),
        };
        var modes = new List<(string Mode, AttackRisk Risk)>();
        var nCols = Math.Min(Options.MultivariateColumns, columns.Length);
        var attainable = (double)m / train.RowCount;
        foreach (var mode in new[] { "univariate", "multivariate" })
        {
            var random = context.RandomFor(Descriptor.Id, mode);
            var queries = mode == "univariate"
                ? Univariate(synthetic, random)
                : Multivariate(synthetic, random, nCols, options);
            var naive = Naive(synthetic, context.RandomFor(Descriptor.Id, mode + "/baseline"), mode == "univariate" ? 1 : nCols);
            if (queries.Count == 0)
            {
                breakdown.Add(new(mode, null, Note: "no query singles out a synthetic row"));
                continue;
            }

            if (queries.Count < Attacks)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"only {queries.Count} {mode} singling-out queries could be built from the synthetic data (of {Attacks} wanted); the rates use the {queries.Count} found"));
            }

            var main = SuccessRate.Of(Expected(queries, train, m, options), queries.Count, level);
            var control = SuccessRate.Of(Expected(queries, holdout, m, options), queries.Count, level);
            var baseline = SuccessRate.Of(Expected(naive, train, m, options), naive.Count, level);
            var absolute = AttackRisk.Compute(main, control, baseline, level);
            // A copy's main rate as the Wilson centre estimates it, so that a copy scores 1 on the same footing.
            var copyRate = SuccessRate.Of(attainable * queries.Count, queries.Count, level).Rate;
            var risk = AttackRisk.Compute(main, control, baseline, level, copyRate);
            if (risk is null || absolute is null)
            {
                breakdown.Add(new(mode, null, Note: string.Create(CultureInfo.InvariantCulture,
                    $"the control attack succeeds as often as a copy of train would ({control.Rate:0.0000} vs {copyRate:0.0000}): the queries cannot reveal anything, risk undefined")));
                continue;
            }

            modes.Add((mode, risk));
            AddBreakdown(breakdown, mode, risk, queries.Count, level);
            breakdown.Add(new(mode + "_absolute", absolute.Value, absolute.Ci, 0, string.Create(CultureInfo.InvariantCulture,
                $"absolute risk (r_a − r_c)/(1 − r_c), Anonymeter's scale; a verbatim copy of train would reach {Math.Clamp((attainable - control.Rate) / (1 - control.Rate), 0, 1):0.000} at these sizes")));
            if (risk.NoBetterThanBaseline)
            {
                warnings.Add("the " + mode + " singling-out attack is no better than a naive attacker: its risk estimate is unreliable");
            }
        }

        if (PrivacyData.SmallHoldoutWarning(input) is { } small)
        {
            warnings.Add(small);
        }

        if (modes.Count == 0)
        {
            return MetricResult.Skipped(Descriptor, "no singling-out query could be evaluated", breakdown);
        }

        var headline = AttackHeadline.Of(modes, level);
        return MetricResult.Ok(Descriptor, headline.Value, headline.Ci, 0, breakdown) with
        {
            CiMethod = headline.Method + " (largest: " + headline.Name + "); risk relative to a verbatim copy of train at these sizes",
            Warnings = [.. warnings],
        };
    }

    /// <summary>Adds the rows of one attack to a breakdown: the risk (baseline 0: no excess over the control attack), then the
    /// main, control and naive success rates, labelled as rates.</summary>
    internal static void AddBreakdown(List<BreakdownEntry> breakdown, string key, AttackRisk risk, int attacks, double level)
    {
        var note = string.Create(CultureInfo.InvariantCulture,
            $"risk (0 = no excess over the control attack); success rates main {risk.Main.Rate:0.0000}, control {risk.Control.Rate:0.0000}, naive {risk.Baseline.Rate:0.0000} over {attacks} attacks");
        breakdown.Add(new(key, risk.Value, risk.Ci, 0, note));
        breakdown.Add(new(key + "_main_rate", risk.Main.Rate, Interval(risk.Main, level), Note: "success rate (not a risk) against train records"));
        breakdown.Add(new(key + "_control_rate", risk.Control.Rate, Interval(risk.Control, level), Note: "success rate (not a risk) against holdout records"));
        breakdown.Add(new(key + "_naive_rate", risk.Baseline.Rate, Interval(risk.Baseline, level), Note: "success rate (not a risk) of the naive attacker"));
    }

    private static ConfidenceInterval Interval(SuccessRate rate, double level) =>
        new(Math.Max(0, rate.Rate - rate.Error), Math.Min(1, rate.Rate + rate.Error), level);

    /// <summary>The probability that exactly one of the <paramref name="matches"/> matching rows of a table of <paramref name="rows"/>
    /// rows is in a random subset of <paramref name="sample"/> rows (hypergeometric P(X = 1)).</summary>
    internal static double SingleMatchProbability(int matches, int rows, int sample)
    {
        if (matches <= 0 || sample <= 0 || rows - matches < sample - 1)
        {
            return 0;
        }

        if (sample == rows)
        {
            return matches == 1 ? 1 : 0;
        }

        if (matches == 1)
        {
            return (double)sample / rows;
        }

        var log = Math.Log(matches) + LogChoose(rows - matches, sample - 1) - LogChoose(rows, sample);
        return Math.Exp(log);
    }

    private static double LogChoose(int n, int k) => SpecialFunctions.GammaLn(n + 1.0) - SpecialFunctions.GammaLn(k + 1.0) - SpecialFunctions.GammaLn(n - k + 1.0);

    /// <summary>The expected number of queries that single out exactly one record of an m-subset of <paramref name="table"/>.</summary>
    private static double Expected(List<SinglingOutQuery> queries, QueryTable table, int m, ParallelOptions options)
    {
        var p = new double[queries.Count];
        Parallel.For(0, queries.Count, options, i => p[i] = SingleMatchProbability(table.Count(queries[i]), table.RowCount, m));
        double sum = 0;
        foreach (var x in p)
        {
            sum += x;
        }

        return sum;
    }

    private List<SinglingOutQuery> Univariate(QueryTable s, DeterministicRandom random)
    {
        var all = new List<SinglingOutQuery>();
        for (var j = 0; j < s.Numbers.Length; j++)
        {
            var counts = new SortedDictionary<double, int>();
            var missing = 0;
            for (var r = 0; r < s.RowCount; r++)
            {
                if (s.IsMissing(j, r))
                {
                    missing++;
                    continue;
                }

                var v = s.Value(j, r);
                counts[v] = counts.TryGetValue(v, out var c) ? c + 1 : 1;
            }

            if (counts.Count > 0 && s.IsNumeric(j))
            {
                var min = counts.First();
                var max = counts.Last();
                if (min.Value == 1)
                {
                    all.Add(One(new Condition(j, ConditionOp.LessOrEqual, min.Key)));
                }

                if (max.Value == 1 && max.Key != min.Key)
                {
                    all.Add(One(new Condition(j, ConditionOp.GreaterOrEqual, max.Key)));
                }
            }

            foreach (var (value, count) in counts)
            {
                if (count == 1)
                {
                    all.Add(One(new Condition(j, ConditionOp.Equal, value)));
                }
            }

            if (missing == 1)
            {
                all.Add(One(new Condition(j, ConditionOp.IsMissing, 0)));
            }
        }

        if (all.Count <= Attacks)
        {
            return all;
        }

        var picked = random.SampleWithoutReplacement(all.Count, Attacks);
        Array.Sort(picked);
        return picked.Select(i => all[i]).ToList();
    }

    private List<SinglingOutQuery> Multivariate(QueryTable s, DeterministicRandom random, int nCols, ParallelOptions options)
    {
        var p = s.Numbers.Length;
        var medians = new double[p];
        for (var j = 0; j < p; j++)
        {
            if (s.Numbers[j] is { } values)
            {
                medians[j] = Quantiles.Of(values, 0.5);
            }
        }

        var accepted = new List<SinglingOutQuery>(Attacks);
        var seen = new HashSet<SinglingOutQuery>();
        var candidates = new SinglingOutQuery[Batch];
        var unique = new bool[Batch];
        var maxAttempts = (long)Attacks * Options.QueryAttempts;
        for (long attempts = 0; attempts < maxAttempts && accepted.Count < Attacks; attempts += Batch)
        {
            for (var b = 0; b < Batch; b++)
            {
                var row = random.NextInt(s.RowCount);
                var cols = random.SampleWithoutReplacement(p, nCols);
                Array.Sort(cols);
                var conditions = new Condition[nCols];
                for (var c = 0; c < nCols; c++)
                {
                    var j = cols[c];
                    var v = s.Value(j, row);
                    conditions[c] = s.IsMissing(j, row) ? new Condition(j, ConditionOp.IsMissing, 0)
                        : !s.IsNumeric(j) ? new Condition(j, ConditionOp.Equal, v)
                        : v > medians[j] ? new Condition(j, ConditionOp.GreaterOrEqual, v)
                        : new Condition(j, ConditionOp.LessOrEqual, v);
                }

                candidates[b] = new SinglingOutQuery(conditions);
            }

            Parallel.For(0, Batch, options, b => unique[b] = s.Count(candidates[b], 2) == 1);
            for (var b = 0; b < Batch && accepted.Count < Attacks; b++)
            {
                if (unique[b] && seen.Add(candidates[b]))
                {
                    accepted.Add(candidates[b]);
                }
            }
        }

        return accepted;
    }

    /// <summary>The naive attacker's queries: random columns, a random synthetic value each, random operators.</summary>
    private List<SinglingOutQuery> Naive(QueryTable s, DeterministicRandom random, int nCols)
    {
        var p = s.Numbers.Length;
        var result = new List<SinglingOutQuery>(Attacks);
        ConditionOp[] numericOps = [ConditionOp.Equal, ConditionOp.NotEqual, ConditionOp.Less, ConditionOp.LessOrEqual, ConditionOp.Greater, ConditionOp.GreaterOrEqual];
        ConditionOp[] categoricalOps = [ConditionOp.Equal, ConditionOp.NotEqual];
        for (var q = 0; q < Attacks; q++)
        {
            var cols = random.SampleWithoutReplacement(p, nCols);
            var conditions = new Condition[nCols];
            for (var c = 0; c < nCols; c++)
            {
                var j = cols[c];
                var row = random.NextInt(s.RowCount);
                conditions[c] = s.IsMissing(j, row) ? new Condition(j, ConditionOp.IsMissing, 0)
                    : s.IsNumeric(j) ? new Condition(j, numericOps[random.NextInt(numericOps.Length)], s.Value(j, row))
                    : new Condition(j, categoricalOps[random.NextInt(categoricalOps.Length)], s.Value(j, row));
            }

            result.Add(new SinglingOutQuery(conditions));
        }

        return result;
    }

    private static SinglingOutQuery One(Condition c) => new(c);
}
