using SynthAudit.Testing.Calibration;
using Xunit.Abstractions;

namespace SynthAudit.Metrics.Tests.Calibration;

/// <summary>The privacy verdict on cases whose truth is known (issue 12), at test sizes: 2 seeds, Adult subsampled to 1,500
/// train rows and German credit to 500, 300 attacks per side. The full table (4+ seeds, larger sizes) is made by
/// <c>dotnet run -c Release --project tests/SynthAudit.Benchmarks -- calibration SEEDS ROWS</c> and kept in the README.</summary>
public sealed class CalibrationSuiteTests(ITestOutputHelper output)
{
    private static readonly CalibrationSettings s_settings = new(TrainRows: 1500, Attacks: 300, Iterations: 200);

    private static readonly string[] s_cases = ["fresh", "dp-eps1", "dp-eps10", "dp1+2%", "dp1+5%", "copy, holdout 1/8", "noisy copy"];

    [Fact]
    public void Adult_EveryCaseGetsTheCorrectVerdict()
    {
        // Arrange / Act: at 1,500 train rows the MST output itself matches about 0.7 % of unique real rows by chance (train and
        // holdout alike: finer public bins and exact integer values make coarse rows recur), so a 1 % replay (15 rows against
        // about 10 expected) is below what a 750-row holdout can tell apart; 2 % (30 rows) is asserted here, 0.5 % at full size
        // in the README table.
        var outcomes = CalibrationSuite.Run("adult", [0, 1], s_settings, s_cases).ToList();
        output.WriteLine(CalibrationSuite.Table(outcomes));

        // Assert: every leak is flagged (no miss); safe cases may raise at most one false alarm in six runs, the rate the
        // README's calibration table states for these rules (about 1 in 4 seeds for Adult fresh rows and DP at ε = 1).
        var cases = outcomes.Select(o => (Outcome: o, Case: CalibrationSuite.Cases.Single(c => c.Name == o.Case))).ToList();
        Assert.All(cases.Where(x => !x.Case.IsSafe), x => Assert.True(x.Case.Correct(x.Outcome), x.Outcome.ToString()));
        var falseAlarms = cases.Where(x => x.Case.IsSafe && !x.Case.Correct(x.Outcome)).Select(x => x.Outcome.ToString()).ToList();
        Assert.True(falseAlarms.Count <= 1, string.Join("\n", falseAlarms));
        Assert.All(outcomes.Where(o => o.Case == "dp1+5%"), o => Assert.Contains("training rows that are unique in the real data appear verbatim",
            o.Summary.Families.Single(f => f.Family == Core.Metrics.MetricFamily.Privacy).Sentence, StringComparison.Ordinal));
    }

    [Fact]
    public void GermanCredit_SafeCasesSafeAndLargeLeaksFlagged()
    {
        // Arrange / Act: 500 train rows; a 1 % replay (5 rows) is below what a 250-row holdout can tell apart, and at ε = 10 the
        // inference interval over 21 secrets is too wide to call at these sizes (see the README table), so neither is asserted.
        var outcomes = CalibrationSuite.Run("german-credit", [0, 1], s_settings, ["fresh", "dp-eps1", "dp1+5%", "noisy copy"]).ToList();
        output.WriteLine(CalibrationSuite.Table(outcomes));

        // Assert
        Assert.All(outcomes, o => Assert.True(CalibrationSuite.Cases.Single(c => c.Name == o.Case).Correct(o), o.ToString()));
    }
}
