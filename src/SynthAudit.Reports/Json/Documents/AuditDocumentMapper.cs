using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Provenance;
using SynthAudit.Core.Results;
using SynthAudit.Core.Schema;

namespace SynthAudit.Reports.Json.Documents;

/// <summary>Maps the result model to the audit.json documents and back. Non-finite numbers become null (JSON has no NaN).</summary>
internal static class AuditDocumentMapper
{
    public static AuditDocument ToDocument(AuditResult r) => new()
    {
        SchemaVersion = r.SchemaVersion,
        Tool = new ToolDocument { Name = r.Tool.Name, Version = r.Tool.Version },
        CreatedUtc = Timestamp(r.CreatedUtc),
        Seed = r.Seed,
        DatasetName = r.DatasetName,
        CommandLine = r.CommandLine,
        Inputs = [.. r.Inputs.Select(i => new InputDocument { Role = i.Role, Path = i.Path, Sha256 = i.Sha256, Rows = i.Rows, Columns = i.Columns })],
        Schema = [.. r.Schema.Select(c => new ColumnDocument { Name = c.Name, Kind = JsonNames.Kind(c.Kind), Role = JsonNames.Role(c.Role) })],
        Settings = Settings(r.Settings),
        Metrics = [.. r.Metrics.Select(Metric)],
        Summary = Summary(r.Summary),
        DpGuarantee = r.DpGuarantee is { } dp ? Guarantee(dp) : null,
        DpGuaranteeRejected = r.DpGuaranteeRejected,
        ThreatModel = ComplianceDocumentMapper.ToDocument(r.ThreatModel),
        IdentifierScan = r.IdentifierScan.IsDefaultOrEmpty ? null : [.. r.IdentifierScan.Select(ComplianceDocumentMapper.ToDocument)],
        Review = ComplianceDocumentMapper.ToDocument(r.Review),
        Warnings = [.. r.Warnings],
    };

    public static AuditResult ToResult(AuditDocument d)
    {
        var created = DateTimeOffset.Parse(d.CreatedUtc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return new AuditResult(d.SchemaVersion, new ToolInfo(d.Tool.Name, d.Tool.Version), created, d.Seed,
            [.. d.Inputs.Select(i => new InputInfo(i.Role, i.Path, i.Sha256, i.Rows, i.Columns))],
            [.. d.Schema.Select(c => new ColumnSchema(c.Name, JsonNames.ParseKind(c.Kind), JsonNames.ParseRole(c.Role)))],
            [.. d.Metrics.Select(Metric)], Summary(d.Summary), [.. d.Warnings])
        {
            DatasetName = d.DatasetName ?? "dataset",
            CommandLine = d.CommandLine,
            Settings = d.Settings is null ? ImmutableArray<KeyValuePair<string, string>>.Empty : [.. d.Settings],
            DpGuarantee = d.DpGuarantee is { } dp ? Guarantee(dp) : null,
            DpGuaranteeRejected = d.DpGuaranteeRejected,
            ThreatModel = ComplianceDocumentMapper.ToModel(d.ThreatModel),
            IdentifierScan = d.IdentifierScan is null ? [] : [.. d.IdentifierScan.Select(ComplianceDocumentMapper.ToModel)],
            Review = ComplianceDocumentMapper.ToModel(d.Review),
        };
    }

    public static string Timestamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    public static IntervalDocument? Interval(ConfidenceInterval? ci) =>
        ci is { } c ? new IntervalDocument { Low = c.Low, High = c.High, Level = c.Level } : null;

    public static ConfidenceInterval? Interval(IntervalDocument? ci) => ci is null ? null : new ConfidenceInterval(ci.Low, ci.High, ci.Level);

    private static Dictionary<string, string> Settings(ImmutableArray<KeyValuePair<string, string>> settings)
    {
        // Insertion order is the written order (Dictionary keeps it when nothing is removed).
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in settings.IsDefault ? [] : settings)
        {
            map[key] = value;
        }

        return map;
    }

    private static MetricDocument Metric(MetricResult m) => new()
    {
        Id = m.Metric.Id,
        Family = JsonNames.Family(m.Metric.Family),
        Name = m.Metric.Name,
        Value = Finite(m.Value),
        Ci = Interval(m.Ci),
        Range = [Finite(m.Metric.Range.Min), Finite(m.Metric.Range.Max)],
        Direction = JsonNames.Direction(m.Metric.Direction),
        Baseline = Finite(m.Baseline),
        Breakdown = [.. m.Breakdown.Select(e => new BreakdownDocument
        {
            Key = e.Key,
            Value = Finite(e.Value),
            Ci = Interval(e.Ci),
            Baseline = e.Baseline is null ? null : Finite(e.Baseline),
            Note = e.Note,
        })],
        Status = JsonNames.Status(m.Status),
        Reason = m.Reason,
        CiMethod = m.CiMethod,
        Sampling = m.Sampling.IsDefaultOrEmpty ? null : [.. m.Sampling.Select(s => new SampleDocument { Part = s.Part, Rows = s.Rows, Of = s.Of })],
        Warnings = m.Warnings.IsDefaultOrEmpty ? null : [.. m.Warnings],
        Figures = m.Figures.IsDefaultOrEmpty ? null : [.. m.Figures.Select(Figure)],
    };

    private static MetricResult Metric(MetricDocument m)
    {
        var descriptor = new MetricDescriptor(m.Id, JsonNames.ParseFamily(m.Family), m.Name,
            new ValueRange(m.Range.Count > 0 ? m.Range[0] ?? double.NegativeInfinity : double.NegativeInfinity,
                m.Range.Count > 1 ? m.Range[1] ?? double.PositiveInfinity : double.PositiveInfinity),
            JsonNames.ParseDirection(m.Direction), MetricRequirements.None);
        var status = string.Equals(m.Status, "ok", StringComparison.Ordinal) ? MetricStatus.Ok : MetricStatus.Skipped;
        return new MetricResult(descriptor, status, m.Value, Interval(m.Ci), m.Baseline,
            [.. m.Breakdown.Select(e => new BreakdownEntry(e.Key, e.Value, Interval(e.Ci), e.Baseline, e.Note))], m.Reason)
        {
            CiMethod = m.CiMethod,
            Sampling = m.Sampling is null ? ImmutableArray<SampleSize>.Empty : [.. m.Sampling.Select(s => new SampleSize(s.Part, s.Rows, s.Of))],
            Warnings = m.Warnings is null ? ImmutableArray<string>.Empty : [.. m.Warnings],
            Figures = m.Figures is null ? ImmutableArray<FigureData>.Empty : [.. m.Figures.Select(Figure)],
        };
    }

    private static FigureDocument Figure(FigureData f) => new()
    {
        Id = f.Id,
        Title = f.Title,
        Kind = JsonNames.Figure(f.Kind),
        XLabel = f.XLabel,
        YLabel = f.YLabel,
        Categories = f.Categories.IsDefault ? [] : [.. f.Categories],
        Series = [.. f.Series.Select(s => new SeriesDocument
        {
            Name = s.Name,
            X = s.X.IsDefault ? [] : [.. s.X.Select(x => Finite(x))],
            Y = s.Y.IsDefault ? [] : [.. s.Y.Select(y => Finite(y))],
        })],
    };

    private static FigureData Figure(FigureDocument f) => new(f.Id, f.Title, JsonNames.ParseFigure(f.Kind), f.XLabel, f.YLabel, [.. f.Categories],
        [.. f.Series.Select(s => new FigureSeries(s.Name, [.. s.X.Select(x => x ?? double.NaN)], [.. s.Y.Select(y => y ?? double.NaN)]))]);

    private static SummaryDocument Summary(AuditSummary s) => new()
    {
        Families = [.. s.Families.Select(f => new FamilyDocument
        {
            Family = JsonNames.Family(f.Family),
            Verdict = f.Verdict,
            Metric = f.HeadlineMetricId,
            Value = Finite(f.Value),
            Ci = Interval(f.Ci),
            Sentence = f.Sentence,
        })],
        Gdpr = [.. s.Gdpr.Select(g => new GdprDocument
        {
            Criterion = g.Criterion,
            Level = g.Level,
            Metric = g.MetricId,
            Risk = Finite(g.Risk),
            Ci = Interval(g.Ci),
            Rule = g.Rule,
        })],
        Membership = s.Membership,
    };

    private static AuditSummary Summary(SummaryDocument s) => new(
        [.. s.Families.Select(f => new FamilyVerdict(JsonNames.ParseFamily(f.Family), f.Verdict, f.Metric, f.Value, Interval(f.Ci), f.Sentence))],
        [.. s.Gdpr.Select(g => new GdprCriterionAssessment(g.Criterion, g.Level, g.Metric, g.Risk, Interval(g.Ci), g.Rule))],
        s.Membership);

    private static DpGuaranteeDocument Guarantee(DpGuarantee dp) => new()
    {
        Mechanism = dp.Mechanism,
        Epsilon = dp.Epsilon,
        Delta = dp.Delta,
        Rho = dp.Rho,
        Conversion = dp.Conversion,
        Neighbouring = dp.Neighbouring,
        Unit = dp.Unit,
        Randomness = dp.Randomness,
        DomainSha256 = dp.DomainSha256,
        DomainSource = dp.DomainSource,
        Rows = dp.Rows,
        DataSha256 = dp.DataSha256,
        Measurements = dp.Measurements.Length,
        LedgerEntries = dp.Ledger.Length,
        Seed = dp.Seed,
        ToolVersion = dp.ToolVersion,
        Marginals = [.. dp.Measurements.Select(m => new MarginalDocument { Columns = [.. m.Columns], NoiseScale = m.NoiseScale, Cells = m.Cells })],
        Ledger = [.. dp.Ledger.Select(l => new LedgerEntryDocument { Purpose = l.Purpose, Mechanism = l.Mechanism, Rho = l.Rho, Detail = l.Detail })],
        Warnings = [.. dp.Warnings],
    };

    private static DpGuarantee Guarantee(DpGuaranteeDocument dp) => new(dp.Mechanism, dp.Epsilon, dp.Delta, dp.Rho,
        dp.Marginals is null ? ImmutableArray<DpMeasurement>.Empty : [.. dp.Marginals.Select(m => new DpMeasurement([.. m.Columns], m.NoiseScale, m.Cells))],
        dp.DomainSha256, dp.DomainSource,
        dp.Ledger is null ? ImmutableArray<DpLedgerEntry>.Empty : [.. dp.Ledger.Select(l => new DpLedgerEntry(l.Purpose, l.Mechanism, l.Rho, l.Detail))])
    {
        Conversion = dp.Conversion,
        Neighbouring = dp.Neighbouring,
        Unit = dp.Unit,
        Seed = dp.Seed,
        Rows = dp.Rows,
        DataSha256 = dp.DataSha256 ?? string.Empty,
        ToolVersion = dp.ToolVersion ?? string.Empty,
        Warnings = dp.Warnings is null ? ImmutableArray<string>.Empty : [.. dp.Warnings],
    };
}
