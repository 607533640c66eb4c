using SynthAudit.Auditing.Comparing;
using SynthAudit.Cli.Tests.Gate;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Metrics;

namespace SynthAudit.Cli.Tests.Compare;

public sealed class ComparisonBuilderTests
{
    private static readonly DateTimeOffset s_time = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Rank_HigherIsBetterWithTie_UsesCompetitionRanks()
    {
        // Act
        var ranks = ComparisonBuilder.Rank([0.8, 0.9, null, 0.9, 0.7], Direction.HigherIsBetter);

        // Assert
        Assert.Equal([3, 1, null, 1, 4], ranks);
    }

    [Fact]
    public void Rank_LowerIsBetter_SmallestFirst()
    {
        // Act
        var ranks = ComparisonBuilder.Rank([0.55, 0.51, 0.7], Direction.LowerIsBetter);

        // Assert
        Assert.Equal([2, 1, 3], ranks);
    }

    [Fact]
    public void Build_NonOverlappingIntervals_AreSignificantInTheBetterDirectionOnly()
    {
        // Arrange: quality a [0.85, 0.89] vs b [0.70, 0.80] separated; c [0.79, 0.86] overlaps both
        var audits = new List<(string, AuditResult)>
        {
            ("a", AuditFiles.Audit(AuditFiles.Ok(MetricCatalog.QualityScore, 0.87, 0.85, 0.89), AuditFiles.Ok(MetricCatalog.MiaDistanceAuc, 0.60, 0.58, 0.62))),
            ("b", AuditFiles.Audit(AuditFiles.Ok(MetricCatalog.QualityScore, 0.75, 0.70, 0.80), AuditFiles.Ok(MetricCatalog.MiaDistanceAuc, 0.50, 0.48, 0.52))),
            ("c", AuditFiles.Audit(AuditFiles.Ok(MetricCatalog.QualityScore, 0.82, 0.79, 0.86))),
        };

        // Act
        var result = ComparisonBuilder.Build(audits, 0, "adult", [], s_time);

        // Assert
        var quality = result.Leaderboard.Single(r => r.Metric.Id == MetricIds.QualityScore);
        Assert.Equal(["b"], quality.Cells[0].SignificantlyBetterThan.ToArray());
        Assert.Empty(quality.Cells[1].SignificantlyBetterThan);
        Assert.Empty(quality.Cells[2].SignificantlyBetterThan);
        Assert.Equal([1, 3, 2], quality.Cells.Select(c => c.Rank));
        var mia = result.Leaderboard.Single(r => r.Metric.Id == MetricIds.MiaDistanceAuc);
        Assert.Equal(["a"], mia.Cells[1].SignificantlyBetterThan.ToArray());
        Assert.Null(mia.Cells[2].Rank);
        Assert.Contains(ComparisonBuilder.SignificanceNote, result.Warnings);
    }

    [Fact]
    public void Build_SignedGap_RanksAndComparesBySizeNotSign()
    {
        // Arrange: parity gaps -0.20 [-0.24, -0.16], +0.05 [0.01, 0.09], -0.02 [-0.06, 0.02]; closest to 0 is best.
        var audits = new List<(string, AuditResult)>
        {
            ("erased", AuditFiles.Audit(AuditFiles.Ok(MetricCatalog.ParityGap, -0.20, -0.24, -0.16))),
            ("widened", AuditFiles.Audit(AuditFiles.Ok(MetricCatalog.ParityGap, 0.05, 0.01, 0.09))),
            ("kept", AuditFiles.Audit(AuditFiles.Ok(MetricCatalog.ParityGap, -0.02, -0.06, 0.02))),
        };

        // Act
        var result = ComparisonBuilder.Build(audits, 0, "adult", [], s_time);

        // Assert
        var parity = result.Leaderboard.Single(r => r.Metric.Id == MetricIds.ParityGap);
        Assert.Equal([3, 2, 1], parity.Cells.Select(c => c.Rank));
        Assert.Empty(parity.Cells[0].SignificantlyBetterThan);
        Assert.Equal(["erased"], parity.Cells[1].SignificantlyBetterThan.ToArray());
        Assert.Equal(["erased"], parity.Cells[2].SignificantlyBetterThan.ToArray());
    }

    [Fact]
    public void Build_LeaderboardHasOnlyMetricsThatRanSomewhere()
    {
        // Arrange
        var audits = new List<(string, AuditResult)>
        {
            ("a", AuditFiles.Audit(AuditFiles.Ok(MetricCatalog.QualityScore, 0.87))),
            ("b", AuditFiles.Audit(AuditFiles.Ok(MetricCatalog.QualityScore, 0.75), AuditFiles.Ok(MetricCatalog.KsComplement, 0.9))),
        };

        // Act
        var result = ComparisonBuilder.Build(audits, 0, "adult", [], s_time);

        // Assert: contract order
        Assert.Equal([MetricIds.KsComplement, MetricIds.QualityScore], result.Leaderboard.Select(r => r.Metric.Id));
    }

    [Fact]
    public void Build_FamilyRank_IsRankOfMeanRankExcludingTrtr()
    {
        // Arrange: fidelity: a wins ks (1 vs 2) and loses quality (2 vs 1), wins tv -> mean a 4/3, b 5/3
        var audits = new List<(string, AuditResult)>
        {
            ("a", AuditFiles.Audit(AuditFiles.Ok(MetricCatalog.KsComplement, 0.9), AuditFiles.Ok(MetricCatalog.TvComplement, 0.9),
                AuditFiles.Ok(MetricCatalog.QualityScore, 0.7), AuditFiles.Ok(MetricCatalog.Trtr, 0.8), AuditFiles.Ok(MetricCatalog.Tstr, 0.6))),
            ("b", AuditFiles.Audit(AuditFiles.Ok(MetricCatalog.KsComplement, 0.8), AuditFiles.Ok(MetricCatalog.TvComplement, 0.8),
                AuditFiles.Ok(MetricCatalog.QualityScore, 0.8), AuditFiles.Ok(MetricCatalog.Trtr, 0.8), AuditFiles.Ok(MetricCatalog.Tstr, 0.7))),
        };

        // Act
        var result = ComparisonBuilder.Build(audits, 0, "adult", [], s_time);

        // Assert
        Assert.Equal(1, result.Generators[0].FamilyRanks.Single(r => r.Key == MetricFamily.Fidelity).Value);
        Assert.Equal(2, result.Generators[1].FamilyRanks.Single(r => r.Key == MetricFamily.Fidelity).Value);
        Assert.Equal(2, result.Generators[0].FamilyRanks.Single(r => r.Key == MetricFamily.Utility).Value);
        Assert.Equal(1, result.Generators[1].FamilyRanks.Single(r => r.Key == MetricFamily.Utility).Value);
        Assert.DoesNotContain(result.Generators[0].FamilyRanks, r => r.Key == MetricFamily.Privacy);
    }

    [Fact]
    public void WorstPrivacyRisk_TakesMaxOfRisksAndMembershipAdvantage()
    {
        // Arrange: singling out 0.1; MIA AUC 0.6 -> advantage 2 * 0.1 = 0.2; density AUC 0.45 -> 0
        var audit = AuditFiles.Audit(AuditFiles.Ok(MetricCatalog.SinglingOutRisk, 0.1), AuditFiles.Ok(MetricCatalog.MiaDistanceAuc, 0.6),
            AuditFiles.Ok(MetricCatalog.MiaDensityAuc, 0.45));

        // Act
        var risk = ComparisonBuilder.WorstPrivacyRisk(audit);

        // Assert
        Assert.Equal(0.2, risk!.Value, 12);
        Assert.Null(ComparisonBuilder.WorstPrivacyRisk(AuditFiles.Audit()));
    }

    [Fact]
    public void Build_TradeOff_MarksParetoFrontier()
    {
        // Arrange: a (0.9, 0.3) and b (0.8, 0.1) are both on the frontier; c (0.7, 0.2) is dominated by b; d lacks privacy
        static AuditResult Point(double fidelity, double? risk) => risk is { } r
            ? AuditFiles.Audit(AuditFiles.Ok(MetricCatalog.QualityScore, fidelity), AuditFiles.Ok(MetricCatalog.InferenceRisk, r))
            : AuditFiles.Audit(AuditFiles.Ok(MetricCatalog.QualityScore, fidelity));
        var audits = new List<(string, AuditResult)> { ("a", Point(0.9, 0.3)), ("b", Point(0.8, 0.1)), ("c", Point(0.7, 0.2)), ("d", Point(0.95, null)) };

        // Act
        var result = ComparisonBuilder.Build(audits, 0, "adult", [], s_time);

        // Assert
        Assert.Equal([true, true, false, false], result.TradeOff.Select(p => p.OnFrontier));
        Assert.Equal(0.3, result.TradeOff[0].PrivacyRisk);
        Assert.Null(result.TradeOff[3].PrivacyRisk);
    }
}
