using System.Text;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Privacy;

namespace SynthAudit.Generation.Tests;

/// <summary>The whole pipeline (encode, prune, merge, measure, select, fit, exclude, sample, decode) on neighbouring tables:
/// D and D' = D plus one canary row holding a category nobody else has (issue 14). The accounting must not depend on the
/// data, and the canary's category must not show up in D''s output markedly more often than in D's
/// (docs/dp-generator.md 7.4).</summary>
public sealed class NeighbouringPipelineTests
{
    private static readonly DomainSpec s_domain = new([
        new DomainColumn { Name = "kind", Kind = DomainColumnKind.Categorical, Categories = ["a", "b", "c", "canary"], Other = true },
        new DomainColumn { Name = "group", Kind = DomainColumnKind.Categorical, Categories = ["x", "y"], Other = true },
        new DomainColumn { Name = "hours", Kind = DomainColumnKind.Numeric, Edges = [0.5, 10.5, 20.5, 30.5, 40.5, 50.5, 60.5], Integer = true },
    ]);

    [Theory]
    [InlineData("mst")]
    [InlineData("aim")]
    public void Generate_NeighbouringTables_SameLedgerChargesAndFullBudget(string method)
    {
        // Arrange
        var d0 = Table(canary: false);
        var d1 = Table(canary: true);
        var budget = new PrivacyBudget(1);

        // Act
        var r0 = Generator(method).Generate(d0, s_domain, Options(budget, 5), new SeededDpRandom(5), CancellationToken.None);
        var r1 = Generator(method).Generate(d1, s_domain, Options(budget, 5), new SeededDpRandom(5), CancellationToken.None);

        // Assert: both spend exactly ρ. MST's charges are fixed by ρ and the column count; AIM's depend only on noisy
        // answers (its annealing), so there the totals must match.
        Assert.Equal(budget.Rho, r0.Guarantee.Rho, 12);
        Assert.Equal(budget.Rho, r1.Guarantee.Rho, 12);
        Assert.Equal(budget.Rho, r0.Guarantee.Ledger.Sum(e => e.Rho), 12);
        Assert.Equal(budget.Rho, r1.Guarantee.Ledger.Sum(e => e.Rho), 12);
        if (method == "mst")
        {
            Assert.Equal(r0.Guarantee.Ledger.Select(e => (e.Purpose, e.Mechanism, e.Rho)), r1.Guarantee.Ledger.Select(e => (e.Purpose, e.Mechanism, e.Rho)));
        }

        Assert.Equal(r0.Guarantee.Measurements.Select(m => (m.NoiseScale, m.Columns.Length)).Take(3),
            r1.Guarantee.Measurements.Select(m => (m.NoiseScale, m.Columns.Length)).Take(3));
    }

    [Fact]
    public void Generate_NeighbouringTables_CanaryCategoryAsRareInBothOutputs()
    {
        // Arrange: 120 runs per side with fresh seeds; the event "the output holds the canary category".
        var d0 = Table(canary: false);
        var d1 = Table(canary: true);
        var budget = new PrivacyBudget(1);
        const int runs = 120;

        // Act
        var hits0 = 0;
        var hits1 = 0;
        for (var run = 0; run < runs; run++)
        {
            hits0 += HasCanary(new MstGenerator().Generate(d0, s_domain, Options(budget, 1000 + run), new SeededDpRandom(1000 + run), CancellationToken.None)) ? 1 : 0;
            hits1 += HasCanary(new MstGenerator().Generate(d1, s_domain, Options(budget, 5000 + run), new SeededDpRandom(5000 + run), CancellationToken.None)) ? 1 : 0;
        }

        // Assert: the clean-output rule samples a category only above 2.5σ, so one row (σ ≈ 7 here) almost never reaches
        // the output, and the Clopper–Pearson lower bound on ε from these runs stays below the claim.
        var lower = LowerBound(hits0, hits1, runs, budget.Delta, 0.05);
        Assert.True(lower <= budget.Epsilon, $"empirical epsilon lower bound {lower} exceeds the claim ({hits0} vs {hits1} of {runs})");
        Assert.True(hits1 <= runs / 10, $"the canary's category was written in {hits1} of {runs} runs");
    }

    /// <summary>ε lower bound from "the event happened" counts on D and D' in both directions (docs/dp-generator.md 7.4).</summary>
    private static double LowerBound(int k0, int k1, int n, double delta, double alpha)
    {
        var forward = Math.Log(Math.Max(1e-300, ClopperPearson.Lower(k1, n, alpha / 2) - delta) / ClopperPearson.Upper(k0, n, alpha / 2));
        var backward = Math.Log(Math.Max(1e-300, ClopperPearson.Lower(n - k0, n, alpha / 2) - delta) / ClopperPearson.Upper(n - k1, n, alpha / 2));
        return Math.Max(0, Math.Max(forward, backward));
    }

    private static ISyntheticGenerator Generator(string method) =>
        method == "mst" ? new MstGenerator() : new AimGenerator(new AimSettings { RoundIterations = 20, FinalIterations = 100 });

    private static GenerationOptions Options(PrivacyBudget budget, long seed) =>
        new() { Budget = budget, Seed = seed, Iterations = 100 };

    private static bool HasCanary(GenerationResult result)
    {
        var column = (CategoricalColumn)result.Synthetic.Columns.Single(c => c.Name == "kind");
        return column.Codes.Any(c => c >= 0 && column.Levels[c] == "canary");
    }

    private static CsvFile Table(bool canary)
    {
        var text = new StringBuilder("kind,group,hours\n");
        for (var r = 0; r < 600; r++)
        {
            var kind = (r % 6) switch { 0 or 1 or 2 => "a", 3 or 4 => "b", _ => "c" };
            text.Append(kind).Append(',').Append(r % 5 < 2 ? "x" : "y").Append(',').Append(5 + ((r * 7) % 50)).Append('\n');
        }

        if (canary)
        {
            text.Append("canary,x,59\n");
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
        return CsvTableReader.Read(stream, canary ? "neighbour.csv" : "real.csv");
    }
}
