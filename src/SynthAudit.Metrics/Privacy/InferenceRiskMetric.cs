using System.Globalization;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Neighbors;

namespace SynthAudit.Metrics.Privacy;

/// <summary><c>privacy.inference_risk</c>: GDPR criterion 3, Anonymeter's attribute-inference attack; the value is the largest
/// risk over the secret columns.</summary>
/// <remarks>The attacker knows every other used column of a target record and guesses the secret as the secret value of the
/// nearest synthetic row on those columns (Gower distance; Anonymeter <c>inference_evaluator.py</c>). Success: categorical
/// equal; numeric <c>|guess − truth| ≤ 0.05·max(|truth|, 1e-12)</c> (Anonymeter divides by the guess without absolute value,
/// so negative guesses always succeed; docs/metrics.md section 7); both missing counts as success. Main: targets from train; control:
/// as many from the holdout; naive baseline: the secret of a random synthetic row. Secret columns: the sensitive columns
/// (<c>--inference-secrets</c>, else <c>--sensitive</c>), else the target, else every used column in turn (a seeded sample of
/// <see cref="MaxSecretColumns"/> of them on wider tables, stated in <c>sampling</c>); the breakdown names them. Breakdown: one row per secret column. The headline is the largest risk; its interval is Bonferroni-adjusted for
/// the number of secrets (<see cref="AttackHeadline"/>), so taking a maximum over many columns does not manufacture a
/// finding on fresh data. Baseline 0 (the naive success rates are in the breakdown, labelled).</remarks>
public sealed class InferenceRiskMetric : GdprAttackMetric
{
    /// <summary>Creates the metric with <paramref name="attacks"/> targets per side and the other settings at their defaults.</summary>
    public InferenceRiskMetric(int attacks = AttackOptions.DefaultAttacks)
        : this(AttackOptions.Default with { Attacks = attacks })
    {
    }

    /// <summary>Creates the metric with the given attack settings.</summary>
    public InferenceRiskMetric(AttackOptions options)
        : base(options)
    {
    }

    /// <inheritdoc />
    public override MetricDescriptor Descriptor => MetricCatalog.InferenceRisk;

    /// <inheritdoc />
    protected override MetricResult Attack(AuditInput input, MetricContext context, CancellationToken ct)
    {
        if (input.UsedColumns.Length < 2)
        {
            return MetricResult.Skipped(Descriptor, "needs at least one auxiliary column besides the secret");
        }

        var data = PrivacyData.For(input, context);
        var (secrets, source) = Secrets(input, data.Columns);
        var allSecrets = secrets.Length;
        if (source == EveryColumn && secrets.Length > MaxSecretColumns)
        {
            // Wide tables: each secret is a nearest-neighbour search over all other columns (1,000 columns would be
            // 1,000 searches), so the undeclared "every column" case takes a seeded sample of secrets, stated (issue 17).
            secrets = context.RandomFor(Descriptor.Id, "secrets").SampleWithoutReplacement(secrets.Length, MaxSecretColumns);
            Array.Sort(secrets);
            source = string.Create(CultureInfo.InvariantCulture, $"{MaxSecretColumns} of the {allSecrets} columns, drawn at random (no --sensitive or --target)");
        }

        if (secrets.Length == 0)
        {
            return MetricResult.Skipped(Descriptor, "none of the inference secrets is a used column: " + string.Join(", ", Options.InferenceSecrets));
        }

        var targets = AttackTargets.Draw(input, context, Descriptor.Id, Attacks);
        var options = context.ParallelOptions(ct);
        var level = context.ConfidenceLevel;
        var breakdown = new List<BreakdownEntry>();
        var warnings = new List<string>();
        var risks = new List<(string Column, AttackRisk Risk)>();
        foreach (var secret in secrets)
        {
            ct.ThrowIfCancellationRequested();
            var name = data.Columns[secret];
            var aux = Enumerable.Range(0, data.Columns.Length)
                .Where(j => j != secret && (Options.InferenceAuxiliary.IsDefaultOrEmpty || Options.InferenceAuxiliary.Contains(data.Columns[j]))).ToArray();
            if (aux.Length == 0)
            {
                breakdown.Add(new(name, null, Note: "no declared quasi-identifier is left as an auxiliary column besides this secret"));
                continue;
            }

            var main = Successes(data, data.Train, input.Real, targets.Train, secret, aux, options);
            var control = Successes(data, data.Holdout!, input.Holdout!, targets.Holdout, secret, aux, options);
            var random = context.RandomFor(Descriptor.Id, "baseline/" + name);
            var naive = 0;
            for (var i = 0; i < targets.Count; i++)
            {
                naive += Success(input.Synthetic[name], random.NextInt(input.Synthetic.RowCount), input.Real[name], targets.Train[i]) ? 1 : 0;
            }

            var risk = AttackRisk.Compute(SuccessRate.Of(main, targets.Count, level), SuccessRate.Of(control, targets.Count, level),
                SuccessRate.Of(naive, targets.Count, level), level);
            if (risk is null)
            {
                breakdown.Add(new(name, null, Note: "every control guess succeeded (e.g. a constant column): risk undefined"));
                continue;
            }

            risks.Add((name, risk));
            SinglingOutRiskMetric.AddBreakdown(breakdown, name, risk, targets.Count, level);
            if (risk.NoBetterThanBaseline)
            {
                warnings.Add("the inference attack on '" + name + "' is no better than a naive attacker: its risk estimate is unreliable");
            }
        }

        breakdown.Add(new("targets", targets.Count, Note: targets.Note(Attacks) + "; secrets: " + source + ": "
            + string.Join(", ", secrets.Select(j => data.Columns[j]))));
        if (PrivacyData.SmallHoldoutWarning(input) is { } small)
        {
            warnings.Add(small);
        }

        if (risks.Count == 0)
        {
            return MetricResult.Skipped(Descriptor, "no secret column has a defined risk", breakdown);
        }

        var headline = AttackHeadline.Of(risks, level);
        return MetricResult.Ok(Descriptor, headline.Value, headline.Ci, 0, breakdown) with
        {
            CiMethod = headline.Method + " (largest: secret column '" + headline.Name + "'; secrets: " + source + ")",
            Sampling = secrets.Length < allSecrets
                ? targets.Samples(input).Add(new SampleSize("secret columns", secrets.Length, allSecrets))
                : targets.Samples(input),
            Warnings = [.. warnings],
        };
    }

    /// <summary>The secret columns (indices into the used columns) and how they were chosen.</summary>
    private (int[] Secrets, string Source) Secrets(AuditInput input, string[] columns)
    {
        if (!Options.InferenceSecrets.IsDefaultOrEmpty)
        {
            return (Options.InferenceSecrets.Select(n => Array.IndexOf(columns, n)).Where(j => j >= 0).Distinct().ToArray(), "the declared inference secrets");
        }

        var sensitive = input.Sensitive.Select(n => Array.IndexOf(columns, n)).Where(j => j >= 0).ToArray();
        if (sensitive.Length > 0)
        {
            return (sensitive, "the sensitive columns");
        }

        if (input.Target is { } target && Array.IndexOf(columns, target) is var t and >= 0)
        {
            return ([t], "the target column");
        }

        return (Enumerable.Range(0, columns.Length).ToArray(), EveryColumn);
    }

    /// <summary>The most secret columns attacked when none are declared (every column in turn); more columns are sampled.</summary>
    public const int MaxSecretColumns = 50;

    private const string EveryColumn = "every column in turn (no --sensitive or --target)";

    private static int Successes(PrivacyData data, GowerMatrix targets, Table targetTable, int[] rows, int secret, int[] aux, ParallelOptions options)
    {
        var nearest = NearestNeighbors.Search(targets, data.Synthetic, 1, rows, aux, options: options);
        var name = data.Columns[secret];
        var guessColumn = data.Input.Synthetic[name];
        var truthColumn = targetTable[name];
        var hits = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            hits += Success(guessColumn, nearest.Index(i), truthColumn, rows[i]) ? 1 : 0;
        }

        return hits;
    }

    /// <summary>Whether the guess (row <paramref name="g"/> of <paramref name="guess"/>) matches the truth.</summary>
    internal static bool Success(Column guess, int g, Column truth, int t)
    {
        var gm = guess.IsMissing(g);
        var tm = truth.IsMissing(t);
        if (gm || tm)
        {
            return gm && tm;
        }

        if (guess is NumericColumn gn)
        {
            var x = gn.Values[g];
            var y = ((NumericColumn)truth).Values[t];
            return Math.Abs(x - y) <= 0.05 * Math.Max(Math.Abs(y), 1e-12);
        }

        return ((CategoricalColumn)guess).Codes[g] == ((CategoricalColumn)truth).Codes[t];
    }
}
