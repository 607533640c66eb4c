using System.Diagnostics;
using System.Globalization;
using System.Text;
using SynthAudit.Auditing;
using SynthAudit.Auditing.Generation;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Generation;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Privacy;
using SynthAudit.Testing;

namespace SynthAudit.Benchmarks.Quality;

/// <summary>The DP generator quality table of issue 14 (README, "Quality of the DP generators"):
/// <c>dotnet run -c Release --project tests/SynthAudit.Benchmarks -- dpquality [SEEDS] [--methods mst,aim] [--eps 0.3,1,3,10] [--no-tstr] [--baselines] [--pairs] [--domain FILE] [--aim Key=value,...]</c>.</summary>
/// <remarks>On <c>fixtures/adult/train.csv</c> with the public <c>fixtures/adult/domain.yml</c>: per method, ε (δ = 1e-9) and
/// seed 1..SEEDS, one seeded generation; against train, mean |ΔPearson| over the numeric pairs and mean |ΔCramér's V| over the
/// categorical pairs (<see cref="AssociationDeltas"/>); TSTR ROC AUC from our own audit (<c>utility.tstr</c>, target
/// income-per-year, scored on <c>fixtures/adult/holdout.csv</c>); the in-process generation time; and the count of "foreign"
/// cells (a categorical value the real column lacks, or a missing value in a column without any). <c>--baselines</c> adds
/// the holdout itself and independent marginals (every column resampled on its own from train). <c>--aim</c> sets AIM's
/// tuning knobs for an experiment (e.g. <c>--aim CompressAbove=100,RoundIterations=100</c>: the settings before issue 14's
/// second round).</remarks>
public static class DpQualityCommand
{
    /// <summary>private-pgm's figures on the same measure (issue 14), keyed by "method ε": ΔPearson / ΔCramér.</summary>
    private static readonly Dictionary<string, string> s_reference = new(StringComparer.Ordinal)
    {
        ["mst 1"] = "0.051 / 0.073",
        ["mst 10"] = "0.043 / 0.081",
        ["aim 1"] = "0.038 / 0.034",
        ["holdout"] = "0.006 / 0.009",
        ["independent marginals"] = "0.061 / 0.180",
    };

    private static TextWriter? s_pairs;

    /// <summary>Runs the sweep and prints the markdown table on stdout (one line per run on stderr).</summary>
    public static void Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var seeds = 2;
        string[] methods = ["mst", "aim"];
        double[] epsilons = [0.3, 1, 3, 10];
        var tstr = true;
        var baselines = false;
        var domainPath = Fixtures.Path("adult", "domain.yml");
        AimSettings? aim = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--methods":
                    methods = args[++i].Split(',');
                    break;
                case "--eps":
                    epsilons = [.. args[++i].Split(',').Select(e => double.Parse(e, CultureInfo.InvariantCulture))];
                    break;
                case "--no-tstr":
                    tstr = false;
                    break;
                case "--pairs":
                    s_pairs = Console.Error;
                    break;
                case "--baselines":
                    baselines = true;
                    break;
                case "--domain":
                    domainPath = args[++i];
                    break;
                case "--aim":
                    aim = ParseAim(args[++i]);
                    break;
                default:
                    seeds = int.Parse(args[i], CultureInfo.InvariantCulture);
                    break;
            }
        }

        var trainPath = Fixtures.Path("adult", "train.csv");
        var holdoutPath = Fixtures.Path("adult", "holdout.csv");
        var real = CsvTableReader.Read(trainPath);
        var domain = DomainFile.Read(domainPath);
        var rows = new List<string>();
        if (baselines)
        {
            var holdout = CsvTableReader.Read(holdoutPath);
            rows.Add(Line("holdout (fresh real rows)", [Measure(real, holdout, null, 0, null, 0)], "holdout"));
            var independent = Enumerable.Range(1, seeds).Select(seed =>
            {
                var sample = Independent(real, (ulong)seed);
                return Measure(real, sample, tstr ? trainPath : null, seed, holdoutPath, 0);
            }).ToList();
            rows.Add(Line("independent marginals", independent, "independent marginals"));
        }

        foreach (var method in methods)
        {
            foreach (var epsilon in epsilons)
            {
                var runs = new List<Measured>();
                for (var seed = 1; seed <= seeds; seed++)
                {
                    ISyntheticGenerator generator = method == "aim" ? (aim is null ? new AimGenerator() : new AimGenerator(aim)) : new MstGenerator();
                    var watch = Stopwatch.StartNew();
                    var result = generator.Generate(real, domain, new GenerationOptions { Budget = new PrivacyBudget(epsilon), Seed = seed },
                        new SeededDpRandom(seed), CancellationToken.None);
                    var seconds = watch.Elapsed.TotalSeconds;
                    s_pairs?.WriteLine("  measured: " + string.Join(" ", result.Guarantee.Measurements.Where(m => m.Columns.Length > 1)
                        .Select(m => string.Join("*", m.Columns) + FormattableString.Invariant($"({m.Cells})"))));
                    using var buffer = new MemoryStream();
                    CsvTableWriter.Write(result.Synthetic, buffer);
                    buffer.Position = 0;
                    var synthetic = CsvTableReader.Read(buffer, "synthetic.csv");
                    var measured = Measure(real, synthetic, tstr ? trainPath : null, seed, holdoutPath, seconds);
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{method} eps {epsilon:G} seed {seed}: dPearson {measured.Pearson:F4} dCramer {measured.Cramer:F4} TSTR {measured.Tstr:F4} foreign {measured.Foreign} {seconds:F1}s"));
                    runs.Add(measured);
                }

                var label = string.Create(CultureInfo.InvariantCulture, $"{method.ToUpperInvariant()} ε={epsilon:G}");
                rows.Add(Line(label, runs, string.Create(CultureInfo.InvariantCulture, $"{method} {epsilon:G}")));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Adult train ({real.RowCount} rows), {Path.GetFileName(Path.GetDirectoryName(domainPath))}/{Path.GetFileName(domainPath)}, δ = 1e-9, seeds 1-{seeds} (mean; seeded runs); TSTR: boosted trees on synthetic, ROC AUC on holdout.\n"));
        Console.WriteLine("| set | mean abs ΔPearson | mean abs ΔCramér's V | TSTR AUC | foreign cells | seconds | private-pgm ΔPearson / ΔCramér |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var row in rows)
        {
            Console.WriteLine(row);
        }
    }

    /// <summary>AIM settings from "Key=value,..." (the properties of <see cref="AimSettings"/>).</summary>
    private static AimSettings ParseAim(string text)
    {
        var settings = new AimSettings();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (part.Split('=')[0], double.Parse(part.Split('=')[1], CultureInfo.InvariantCulture));
            settings = key switch
            {
                nameof(AimSettings.WorkloadWay) => settings with { WorkloadWay = (int)value },
                nameof(AimSettings.MaxWorkloadCells) => settings with { MaxWorkloadCells = (long)value },
                nameof(AimSettings.MaxSizeMb) => settings with { MaxSizeMb = value },
                nameof(AimSettings.CompressionSigmas) => settings with { CompressionSigmas = value },
                nameof(AimSettings.CompressAbove) => settings with { CompressAbove = (int)value },
                nameof(AimSettings.RoundIterations) => settings with { RoundIterations = (int)value },
                nameof(AimSettings.FinalIterations) => settings with { FinalIterations = (int)value },
                _ => throw new ArgumentException("unknown AIM setting " + key),
            };
        }

        return settings;
    }

    /// <summary>One measured table.</summary>
    private sealed record Measured(double Pearson, double Cramer, double Tstr, int Foreign, double Seconds);

    private static Measured Measure(CsvFile real, CsvFile other, string? trainPath, long seed, string? holdoutPath, double seconds)
    {
        var (pearson, _, cramer, _) = AssociationDeltas.Compute(real, other, s_pairs);
        var auc = double.NaN;
        if (trainPath is not null && holdoutPath is not null)
        {
            using var csv = new MemoryStream(Encoding.UTF8.GetBytes(ToCsv(other)));
            var audit = Auditor.Run(TableSource.FromFile(trainPath), TableSource.FromStream(csv, "synthetic.csv"), new AuditOptions
            {
                Holdout = TableSource.FromFile(holdoutPath),
                Target = "income-per-year",
                Metrics = [MetricIds.Tstr],
                Seed = seed,
                BootstrapResamples = 1,
            });
            auc = audit.Find(MetricIds.Tstr)?.Value ?? double.NaN;
        }

        return new Measured(pearson, cramer, auc, Foreign(real, other), seconds);
    }

    /// <summary>Cells with a categorical value the real column lacks, or missing in a column that has no missing value.</summary>
    internal static int Foreign(CsvFile real, CsvFile other)
    {
        var count = 0;
        foreach (var column in real.Columns)
        {
            var realLabels = AssociationDeltas.Labels(real, column.Name).ToHashSet(StringComparer.Ordinal);
            var otherColumn = other.Find(column.Name);
            if (otherColumn is null)
            {
                continue;
            }

            if (!column.IsNumeric)
            {
                count += AssociationDeltas.Labels(other, column.Name).Count(l => !realLabels.Contains(l));
            }
            else if (column.MissingCount == 0)
            {
                count += otherColumn.MissingCount;
            }
        }

        return count;
    }

    private static string Line(string label, List<Measured> runs, string key)
    {
        static string F(double v) => double.IsNaN(v) ? "" : v.ToString("0.000", CultureInfo.InvariantCulture);
        var seconds = runs.Average(r => r.Seconds);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {F(runs.Average(r => r.Pearson))} | {F(runs.Average(r => r.Cramer))} | {F(runs.Average(r => r.Tstr))} | {runs.Sum(r => r.Foreign)} | {(seconds > 0 ? seconds.ToString("0.0", CultureInfo.InvariantCulture) : "")} | {s_reference.GetValueOrDefault(key, "")} |");
    }

    private static CsvFile Independent(CsvFile real, ulong seed)
    {
        var random = new DeterministicRandom(seed);
        var n = real.RowCount;
        var columns = real.Columns.Select(c =>
        {
            var picks = random.SampleWithReplacement(n, n);
            return c.IsNumeric
                ? CsvColumnData.FromNumbers(c.Name, [.. picks.Select(p => c.Numbers![p])])
                : CsvColumnData.FromCodes(c.Name, [.. picks.Select(p => c.Codes![p])], c.Levels);
        });
        return real with { Path = "independent.csv", Columns = [.. columns] };
    }

    private static string ToCsv(CsvFile file)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', file.Columns.Select(c => CsvTableWriter.Quote(c.Name))).Append('\n');
        var labels = file.Columns.Select(c => c.IsNumeric
            ? [.. c.Numbers!.Select(v => double.IsNaN(v) ? string.Empty : v.ToString("R", CultureInfo.InvariantCulture))]
            : c.Codes!.Select(k => k < 0 ? string.Empty : CsvTableWriter.Quote(c.Levels[k])).ToArray()).ToArray();
        for (var r = 0; r < file.RowCount; r++)
        {
            for (var c = 0; c < labels.Length; c++)
            {
                if (c > 0)
                {
                    text.Append(',');
                }

                text.Append(labels[c][r]);
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
