using System.Globalization;
using BenchmarkDotNet.Running;
using SynthAudit.Benchmarks.Quality;
using SynthAudit.Testing.Calibration;

namespace SynthAudit.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/SynthAudit.Benchmarks -- --filter '*'</c>; or the
/// calibration table of the privacy verdict: <c>... -- calibration SEEDS ROWS [ATTACKS [FIRST-SEED [CASES;... [DATASETS,...]]]]</c>; or the DP generator quality
/// table: <c>... -- dpquality [SEEDS] [--methods mst,aim] [--eps 0.3,1,3,10] [--no-tstr] [--baselines]</c>; or the CPU time and memory of
/// each audit stage: <c>... -- profile REAL SYNTHETIC [HOLDOUT] [--target T] [--sensitive a,b] [--format json,md]</c>; or the seeded
/// inputs of the scale checks: <c>... -- scaledata wide|levels ...</c> (tests/SynthAudit.Benchmarks/scale/run-1m.sh).</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "calibration")
        {
            Calibration(args[1..]);
            return;
        }

        if (args.Length > 0 && args[0] == "dpquality")
        {
            DpQualityCommand.Run(args[1..]);
            return;
        }

        if (args.Length > 0 && args[0] == "scaledata")
        {
            Scale.ScaleDataCommand.Run(args[1..]);
            return;
        }

        if (args.Length > 0 && args[0] == "profile")
        {
            Scale.ProfileCommand.Run(args[1..]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    /// <summary>Prints the markdown table of false-alarm and miss rates of the privacy verdict (README, Reading the metrics).</summary>
    private static void Calibration(string[] args)
    {
        var seeds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 4;
        var rows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000;
        var attacks = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000;
        var firstSeed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0;
        var cases = args.Length > 4 ? args[4].Split(';') : null;
        var datasets = args.Length > 5 ? args[5].Split(',') : CalibrationSuite.Datasets;
        var settings = new CalibrationSettings(rows, attacks, Iterations: 1000);
        var outcomes = new List<CalibrationOutcome>();
        foreach (var dataset in datasets)
        {
            foreach (var outcome in CalibrationSuite.Run(dataset, Enumerable.Range(firstSeed, seeds), settings, cases))
            {
                Console.Error.WriteLine(outcome);
                outcomes.Add(outcome);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Seeds {firstSeed}-{firstSeed + seeds - 1}; train rows {rows} (German credit: at most 500), holdout and fresh rows half that; {attacks} attacks per side; no target or sensitive columns.\n"));
        Console.WriteLine(CalibrationSuite.Table(outcomes));
    }
}
