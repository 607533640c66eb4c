using System.Globalization;
using System.Text;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Generation;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Privacy;
using SynthAudit.Metrics.Privacy;
using SynthAudit.Metrics.Running;

namespace SynthAudit.Testing.Calibration;

/// <summary>The calibration suite of the privacy verdict (issue 12): synthetic data whose truth is known, built from Adult and
/// German credit, audited with the privacy metrics the verdict reads.</summary>
/// <remarks>Per seed: train (n rows), holdout and fresh rows (disjoint real rows the "generator" never saw). Cases: fresh real
/// rows; MST output (ε = 1 and 10, domain drafted from train: not private, fine for calibration); the ε = 1 output with 0.5,
/// 1, 2 and 5 % of train appended verbatim; a verbatim copy of train audited with a holdout 1/8 of train's size; a noisy copy
/// (numbers moved by up to ±5 % of their range, 10 % of categories swapped); independent marginals (every value from a
/// random train row). No target and no sensitive columns: inference then takes every column in turn, the hardest case for
/// multiplicity.</remarks>
public static class CalibrationSuite
{
    /// <summary>The datasets: adult and german-credit.</summary>
    public static IReadOnlyList<string> Datasets { get; } = ["adult", "german-credit"];

    /// <summary>The cases, with the verdict a correct audit gives.</summary>
    public static IReadOnlyList<CalibrationCase> Cases { get; } =
    [
        new("fresh", "safe", "good, every criterion low, no membership evidence", o => o.Privacy == "good" && o.All("low") && !o.MembershipEvidence),
        new("dp-eps1", "safe", "good", o => o.Privacy == "good"),
        new("dp-eps10", "safe", "good", o => o.Privacy == "good"),
        new("dp1+0.5%", "leak", "not good", o => o.Privacy != "good"),
        new("dp1+1%", "leak", "not good", o => o.Privacy != "good"),
        new("dp1+2%", "leak", "not good", o => o.Privacy != "good"),
        new("dp1+5%", "leak", "poor", o => o.Privacy == "poor"),
        new("copy, holdout 1/8", "leak", "poor, every criterion high", o => o.Privacy == "poor" && o.All("high")),
        new("noisy copy", "leak", "not good", o => o.Privacy != "good"),
        new("independent marginals", "singling", "singling out high", o => o.Level("singling_out") == "high"),
    ];

    /// <summary>Runs <paramref name="cases"/> (all when null) on <paramref name="dataset"/> for each seed.</summary>
    public static IEnumerable<CalibrationOutcome> Run(string dataset, IEnumerable<int> seeds, CalibrationSettings settings, IReadOnlyCollection<string>? cases = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(settings);
        var (header, trainPool, holdoutPool) = Load(dataset);
        foreach (var seed in seeds)
        {
            var rng = new DeterministicRandom((ulong)(1000 + seed));
            string[] train, holdout, fresh;
            if (holdoutPool is null)
            {
                var perm = rng.Permutation(trainPool.Length).Select(i => trainPool[i]).ToArray();
                var n = Math.Min(settings.TrainRows, perm.Length / 2);
                var h = Math.Min(n / 2, (perm.Length - n) / 2);
                train = perm[..n];
                holdout = perm[n..(n + h)];
                fresh = perm[(n + h)..(n + (2 * h))];
            }
            else
            {
                var n = Math.Min(settings.TrainRows, trainPool.Length);
                train = [.. rng.SampleWithoutReplacement(trainPool.Length, n).Order().Select(i => trainPool[i])];
                var perm = rng.Permutation(holdoutPool.Length).Select(i => holdoutPool[i]).ToArray();
                var h = Math.Min(Math.Max(n / 2, 1), perm.Length / 2);
                holdout = perm[..h];
                fresh = perm[h..(2 * h)];
            }

            bool Wanted(string name) => cases is null || cases.Contains(name);
            var trainCsv = Csv(header, train, "train");
            if (Wanted("fresh"))
            {
                yield return Audit(dataset, "fresh", seed, header, train, fresh, holdout, settings, ct);
            }

            string[]? dp1 = null;
            if (Cases.Any(c => c.Name.StartsWith("dp1", StringComparison.Ordinal) && Wanted(c.Name)) || Wanted("dp-eps1"))
            {
                dp1 = Generate(header, trainCsv, 1.0, seed, settings, ct);
            }

            if (Wanted("dp-eps1"))
            {
                yield return Audit(dataset, "dp-eps1", seed, header, train, dp1!, holdout, settings, ct);
            }

            if (Wanted("dp-eps10"))
            {
                yield return Audit(dataset, "dp-eps10", seed, header, train, Generate(header, trainCsv, 10.0, seed, settings, ct), holdout, settings, ct);
            }

            foreach (var share in new[] { 0.5, 1, 2, 5 })
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"dp1+{share}%");
                if (Wanted(name))
                {
                    var k = Math.Max(1, (int)Math.Round(train.Length * share / 100));
                    var rows = new DeterministicRandom((ulong)(7000 + seed)).SampleWithoutReplacement(train.Length, k).Select(i => train[i]);
                    yield return Audit(dataset, name, seed, header, train, [.. dp1!, .. rows], holdout, settings, ct);
                }
            }

            if (Wanted("copy, holdout 1/8"))
            {
                yield return Audit(dataset, "copy, holdout 1/8", seed, header, train, train, holdout[..Math.Max(20, train.Length / 8)], settings, ct);
            }

            if (Wanted("noisy copy"))
            {
                yield return Audit(dataset, "noisy copy", seed, header, train, NoisyCopy(train, seed), holdout, settings, ct);
            }

            if (Wanted("independent marginals"))
            {
                yield return Audit(dataset, "independent marginals", seed, header, train, IndependentMarginals(train, seed), holdout, settings, ct);
            }
        }
    }

    /// <summary>The markdown table of false-alarm and miss rates per dataset and case.</summary>
    public static string Table(IEnumerable<CalibrationOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var sb = new StringBuilder();
        sb.Append("| dataset | case | truth | correct verdict | seeds | privacy good/fair/poor | false alarms | misses |\n");
        sb.Append("|---|---|---|---|---:|---|---:|---:|\n");
        foreach (var group in outcomes.GroupBy(o => (o.Dataset, o.Case)))
        {
            var c = Cases.Single(x => x.Name == group.Key.Case);
            var list = group.ToList();
            var wrong = list.Count(o => !c.Correct(o));
            var verdicts = string.Create(CultureInfo.InvariantCulture,
                $"{list.Count(o => o.Privacy == "good")}/{list.Count(o => o.Privacy == "fair")}/{list.Count(o => o.Privacy == "poor")}");
            var alarms = c.IsSafe ? Rate(wrong, list.Count) : "–";
            var misses = c.IsSafe ? "–" : Rate(wrong, list.Count);
            sb.Append(CultureInfo.InvariantCulture, $"| {group.Key.Dataset} | {c.Name} | {c.Truth} | {c.Expected} | {list.Count} | {verdicts} | {alarms} | {misses} |\n");
        }

        return sb.ToString();
    }

    private static string Rate(int wrong, int total) => string.Create(CultureInfo.InvariantCulture, $"{wrong}/{total}");

    private static CalibrationOutcome Audit(string dataset, string name, int seed, string header, string[] train, string[] synthetic, string[] holdout,
        CalibrationSettings settings, CancellationToken ct)
    {
        var trainCsv = Csv(header, train, "train");
        var schema = SchemaInference.Infer(trainCsv).Schema;
        var aligned = TableAligner.Align(schema, trainCsv, Csv(header, synthetic, "synthetic"), Csv(header, holdout, "holdout"));
        var input = new AuditInput(aligned.Real, aligned.Synthetic!, aligned.Holdout, schema);
        var options = AttackOptions.Default with { Attacks = settings.Attacks };
        IMetric[] metrics =
        [
            new ExactMatchRateMetric(), new MiaDistanceAucMetric(), new MiaDensityAucMetric(),
            new SinglingOutRiskMetric(options), new LinkabilityRiskMetric(options), new InferenceRiskMetric(options),
        ];
        var context = new MetricContext(new SeedSource(seed));
        var results = metrics.Select(m => AuditRunner.RunOne(m, input, context, ct)).ToList();
        return new CalibrationOutcome(dataset, name, seed, AuditSummaryBuilder.Build(results), ReplayAssessment.From(results));
    }

    private static string[] Generate(string header, CsvFile train, double epsilon, int seed, CalibrationSettings settings, CancellationToken ct)
    {
        var options = new GenerationOptions { Budget = new PrivacyBudget(epsilon), Seed = seed, Iterations = settings.Iterations };
        var result = new MstGenerator().Generate(train, DomainDrafter.Draft(train), options, new SeededDpRandom(seed), ct);
        using var stream = new MemoryStream();
        CsvTableWriter.Write(result.Synthetic, stream);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd('\r')).ToArray();
        if (lines[0] != header)
        {
            throw new InvalidOperationException("the generator's columns differ from the data's: " + lines[0]);
        }

        return lines[1..];
    }

    private static string[] NoisyCopy(string[] train, int seed)
    {
        var rng = new DeterministicRandom((ulong)(9000 + seed));
        var cells = train.Select(l => l.Split(',')).ToArray();
        var p = cells[0].Length;
        for (var j = 0; j < p; j++)
        {
            var numbers = cells.Select(r => double.TryParse(r[j], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray();
            var numeric = numbers.Count(double.IsFinite) > 0.9 * numbers.Length;
            var range = numeric ? numbers.Where(double.IsFinite).Max() - numbers.Where(double.IsFinite).Min() : 0;
            foreach (var row in cells)
            {
                if (numeric && double.TryParse(row[j], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                {
                    row[j] = Math.Round(v + (((rng.NextDouble() * 2) - 1) * 0.05 * range)).ToString(CultureInfo.InvariantCulture);
                }
                else if (!numeric && rng.NextDouble() < 0.1)
                {
                    row[j] = cells[rng.NextInt(cells.Length)][j];
                }
            }
        }

        return [.. cells.Select(r => string.Join(',', r))];
    }

    private static string[] IndependentMarginals(string[] train, int seed)
    {
        var rng = new DeterministicRandom((ulong)(11000 + seed));
        var cells = train.Select(l => l.Split(',')).ToArray();
        var p = cells[0].Length;
        return [.. cells.Select(_ => string.Join(',', Enumerable.Range(0, p).Select(j => cells[rng.NextInt(cells.Length)][j])))];
    }

    private static (string Header, string[] Train, string[]? Holdout) Load(string dataset)
    {
        static string[] Lines(string path) => File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        return dataset switch
        {
            "adult" => Split(Lines(Fixtures.Path("adult", "train.csv")), Lines(Fixtures.Path("adult", "holdout.csv"))),
            "german-credit" => Split(Lines(Fixtures.Path("german-credit", "german.csv")), null),
            _ => throw new ArgumentException("unknown calibration dataset '" + dataset + "' (adult, german-credit)", nameof(dataset)),
        };
    }

    private static (string Header, string[] Train, string[]? Holdout) Split(string[] train, string[]? holdout) =>
        (train[0], train[1..], holdout?[1..]);

    private static CsvFile Csv(string header, string[] rows, string name)
    {
        var text = header + "\n" + string.Join("\n", rows) + "\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return CsvTableReader.Read(stream, name + ".csv");
    }
}
