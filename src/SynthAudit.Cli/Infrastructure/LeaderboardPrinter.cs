using System.Globalization;
using SynthAudit.Core.Results;

namespace SynthAudit.Cli.Infrastructure;

/// <summary>Prints a comparison's leaderboard, family ranks and trade-off as plain text.</summary>
internal static class LeaderboardPrinter
{
    public static void Print(ComparisonResult result, TextWriter output)
    {
        var names = result.Generators.Select(g => g.Name).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Comparison of {names.Count} synthetic sets against {result.DatasetName}"));
        output.WriteLine();
        output.WriteLine("  " + "metric".PadRight(38) + string.Concat(names.Select(n => Cell(n))));
        foreach (var row in result.Leaderboard)
        {
            var cells = row.Cells.Select(c => c.Value is { } v
                ? string.Create(CultureInfo.InvariantCulture, $"{v:0.000}{(c.Ci is { } ci ? string.Create(CultureInfo.InvariantCulture, $" [{ci.Low:0.000},{ci.High:0.000}]") : string.Empty)} #{c.Rank}{(c.SignificantlyBetterThan.Length > 0 ? "*" : string.Empty)}")
                : "skipped");
            output.WriteLine("  " + row.Metric.Id.PadRight(38) + string.Concat(cells.Select(Cell)));
        }

        output.WriteLine("  (#n = rank, 1 = best; * = significantly better than at least one other set: non-overlapping 95% intervals, a conservative test)");
        output.WriteLine();
        foreach (var g in result.Generators)
        {
            var ranks = string.Join(", ", g.FamilyRanks.Select(r => r.Key.ToString().ToLowerInvariant() + " #" + r.Value.ToString(CultureInfo.InvariantCulture)));
            output.WriteLine("  " + g.Name + ": " + (ranks.Length == 0 ? "no ranked metrics" : ranks));
        }

        output.WriteLine();
        output.WriteLine("  Privacy vs fidelity (fidelity.quality_score; worst privacy risk):");
        foreach (var p in result.TradeOff)
        {
            var fidelity = p.Fidelity is { } f ? f.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
            var risk = p.PrivacyRisk is { } r ? r.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
            output.WriteLine("    " + p.Generator.PadRight(16) + " fidelity " + fidelity + "  risk " + risk + (p.OnFrontier ? "  (Pareto frontier)" : string.Empty));
        }
    }

    private static string Cell(string text) => "  " + text.PadRight(26);
}
