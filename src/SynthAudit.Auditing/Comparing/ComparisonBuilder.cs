using System.Collections.Immutable;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;

namespace SynthAudit.Auditing.Comparing;

/// <summary>Turns the audits of several synthetic sets into a <see cref="ComparisonResult"/>: leaderboard, ranks, significance
/// and the privacy-versus-fidelity trade-off.</summary>
/// <remarks>
/// <para>Leaderboard: every metric that ran for at least one generator, in contract order, with each generator's value and
/// interval. Ranks follow the metric's direction (1 = best); equal values share the better rank (competition ranking
/// 1, 1, 3); a skipped metric has no rank.</para>
/// <para>Significance: generator A is reported as significantly better than B on a metric only when both have intervals and
/// they do not overlap, with A's on the better side. This is conservative: two 95% intervals can overlap while the
/// difference is still significant at 5%; and it is not corrected for the number of comparisons.</para>
/// <para>Family rank: generators ordered by the mean of their ranks over the family's metrics (<c>utility.trtr</c> is left out:
/// it does not depend on the synthetic data), ties sharing the better rank.</para>
/// <para>Trade-off: fidelity is <c>fidelity.quality_score</c>; privacy risk is the worst of the singling-out, linkability and
/// inference risks and the membership advantages 2·max(0, AUC − 0.5) of the distance and density attacks (all on a 0–1
/// scale where 0 means no evidence of risk). A generator is on the Pareto frontier when no other one has fidelity at least as
/// high and risk at least as low, and is strictly better on one of them.</para>
/// </remarks>
internal static class ComparisonBuilder
{
    /// <summary>The compare.json schema version this build writes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The sentence on how significance is judged (written to compare.json and the reports).</summary>
    public const string SignificanceNote =
        "A generator is marked significantly better than another on a metric only when their 95% intervals do not overlap. " +
        "This is conservative (overlapping intervals can still differ significantly) and not corrected for multiple comparisons.";

    private const double Tie = 1e-12;

    private static readonly string[] s_riskIds = [MetricIds.SinglingOutRisk, MetricIds.LinkabilityRisk, MetricIds.InferenceRisk];
    private static readonly string[] s_membershipIds = [MetricIds.MiaDistanceAuc, MetricIds.MiaDensityAuc];

    /// <summary>Builds the comparison of <paramref name="audits"/> (name and audit, in command-line order).</summary>
    public static ComparisonResult Build(IReadOnlyList<(string Name, AuditResult Audit)> audits, long seed, string datasetName,
        IEnumerable<string> warnings, DateTimeOffset createdUtc)
    {
        ArgumentNullException.ThrowIfNull(audits);
        var leaderboard = Leaderboard(audits);
        var generators = audits.Select(a => new ComparedGenerator(a.Name, a.Audit, FamilyRanks(a.Name, leaderboard, audits))).ToImmutableArray();
        return new ComparisonResult(SchemaVersion, ToolInfo.Current, createdUtc, seed, generators, leaderboard,
            [.. warnings.Append(SignificanceNote).Distinct(StringComparer.Ordinal)])
        {
            DatasetName = datasetName,
            TradeOff = TradeOff(audits),
        };
    }

    /// <summary>One row per metric that ran for at least one generator.</summary>
    public static ImmutableArray<LeaderboardRow> Leaderboard(IReadOnlyList<(string Name, AuditResult Audit)> audits)
    {
        ArgumentNullException.ThrowIfNull(audits);
        var ids = audits.SelectMany(a => a.Audit.Metrics).Select(m => m.Metric.Id).Distinct(StringComparer.Ordinal).ToList();
        var rows = ImmutableArray.CreateBuilder<LeaderboardRow>();
        foreach (var id in ids)
        {
            var results = audits.Select(a => a.Audit.Find(id)).ToList();
            var descriptor = results.First(r => r is not null)!.Metric;
            var values = results.Select(r => r is { Status: MetricStatus.Ok, Value: { } v } ? v : (double?)null).ToList();
            if (values.All(v => v is null))
            {
                continue;
            }

            // A signed gap whose range spans zero (the fairness gaps) is best at zero in either direction: rank and
            // compare sizes, |value|, not the signed values (a gap of -0.2 is not better than one of 0.05).
            var signed = descriptor.Direction == Direction.LowerIsBetter && descriptor.Range.Min < 0;
            var ranks = Rank(signed ? values.Select(v => v is { } x ? Math.Abs(x) : (double?)null).ToList() : values, descriptor.Direction);
            var cells = ImmutableArray.CreateBuilder<LeaderboardCell>();
            for (var i = 0; i < audits.Count; i++)
            {
                var ci = values[i] is null ? null : results[i]!.Ci;
                var better = ImmutableArray.CreateBuilder<string>();
                for (var j = 0; j < audits.Count; j++)
                {
                    if (i != j && ci is { } mine && values[j] is not null && results[j]!.Ci is { } theirs
                        && Separated(signed ? Magnitude(mine) : mine, signed ? Magnitude(theirs) : theirs, descriptor.Direction))
                    {
                        better.Add(audits[j].Name);
                    }
                }

                cells.Add(new LeaderboardCell(audits[i].Name, values[i], ci, ranks[i], better.ToImmutable()));
            }

            rows.Add(new LeaderboardRow(descriptor, cells.ToImmutable()));
        }

        return rows.ToImmutable();
    }

    /// <summary>The interval of |x| for x in <paramref name="ci"/>.</summary>
    internal static ConfidenceInterval Magnitude(ConfidenceInterval ci) =>
        ci.Low <= 0 && ci.High >= 0
            ? new ConfidenceInterval(0, Math.Max(-ci.Low, ci.High), ci.Level)
            : new ConfidenceInterval(Math.Min(Math.Abs(ci.Low), Math.Abs(ci.High)), Math.Max(Math.Abs(ci.Low), Math.Abs(ci.High)), ci.Level);

    /// <summary>Competition ranks (1 = best) of <paramref name="values"/>; nulls get no rank.</summary>
    public static IReadOnlyList<int?> Rank(IReadOnlyList<double?> values, Direction direction)
    {
        ArgumentNullException.ThrowIfNull(values);
        var ranks = new int?[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } mine)
            {
                continue;
            }

            var better = values.Count(v => v is { } other && (direction == Direction.HigherIsBetter ? other > mine + Tie : other < mine - Tie));
            ranks[i] = better + 1;
        }

        return ranks;
    }

    /// <summary>Whether interval <paramref name="a"/> lies entirely on the better side of interval <paramref name="b"/>.</summary>
    public static bool Separated(ConfidenceInterval a, ConfidenceInterval b, Direction direction) =>
        direction == Direction.HigherIsBetter ? a.Low > b.High : a.High < b.Low;

    /// <summary>The worst privacy risk of an audit on a 0–1 scale (see the remarks), or null when none was evaluated.</summary>
    public static double? WorstPrivacyRisk(AuditResult audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var risks = s_riskIds.Select(id => audit.Find(id)).Where(r => r is { Status: MetricStatus.Ok, Value: not null }).Select(r => r!.Value!.Value)
            .Concat(s_membershipIds.Select(id => audit.Find(id)).Where(r => r is { Status: MetricStatus.Ok, Value: not null })
                .Select(r => 2 * Math.Max(0, r!.Value!.Value - 0.5)))
            .ToList();
        return risks.Count == 0 ? null : Math.Clamp(risks.Max(), 0, 1);
    }

    private static ImmutableArray<KeyValuePair<MetricFamily, int>> FamilyRanks(string name, ImmutableArray<LeaderboardRow> leaderboard,
        IReadOnlyList<(string Name, AuditResult Audit)> audits)
    {
        var result = ImmutableArray.CreateBuilder<KeyValuePair<MetricFamily, int>>();
        foreach (var family in Enum.GetValues<MetricFamily>())
        {
            var rows = leaderboard.Where(r => r.Metric.Family == family && r.Metric.Id != MetricIds.Trtr).ToList();
            var means = audits.Select(a => MeanRank(rows, a.Name)).ToList();
            var ranks = Rank(means, Direction.LowerIsBetter);
            var index = audits.Select(a => a.Name).ToList().IndexOf(name);
            if (ranks[index] is { } rank)
            {
                result.Add(new(family, rank));
            }
        }

        return result.ToImmutable();
    }

    private static double? MeanRank(List<LeaderboardRow> rows, string name)
    {
        var ranks = rows.Select(r => r.Cells.First(c => c.Generator == name).Rank).Where(r => r is not null).Select(r => (double)r!.Value).ToList();
        return ranks.Count == 0 ? null : ranks.Average();
    }

    private static ImmutableArray<TradeOffPoint> TradeOff(IReadOnlyList<(string Name, AuditResult Audit)> audits)
    {
        var points = audits.Select(a =>
        {
            var quality = a.Audit.Find(MetricIds.QualityScore);
            double? fidelity = quality is { Status: MetricStatus.Ok } ? quality.Value : null;
            return (a.Name, Fidelity: fidelity, Risk: WorstPrivacyRisk(a.Audit));
        }).ToList();
        return [.. points.Select(p => new TradeOffPoint(p.Name, p.Fidelity, p.Risk, p.Fidelity is { } f && p.Risk is { } r && !points.Any(o =>
            o.Fidelity is { } of && o.Risk is { } or && of >= f && or <= r && (of > f || or < r))))];
    }
}
