using SynthAudit.Core.Results.Compliance;

namespace SynthAudit.Reports.Json.Documents;

/// <summary>Maps the threat model, identifier scan and review context to their audit.json documents and back.</summary>
internal static class ComplianceDocumentMapper
{
    public static ThreatModelDocument? ToDocument(ThreatModel? t) => t is null ? null : new()
    {
        QuasiIdentifiers = [.. t.QuasiIdentifiers],
        Secrets = [.. t.Secrets],
        ReleaseContext = t.ReleaseContext,
        Declared = new ThreatModelDeclaredDocument { QuasiIdentifiers = t.QuasiIdentifiersDeclared, Secrets = t.SecretsDeclared, ReleaseContext = t.ReleaseContextDeclared },
        Assumptions = [.. t.Assumptions],
    };

    public static ThreatModel? ToModel(ThreatModelDocument? d) => d is null ? null :
        new ThreatModel([.. d.QuasiIdentifiers], [.. d.Secrets], d.ReleaseContext, d.Declared.QuasiIdentifiers, d.Declared.Secrets, d.Declared.ReleaseContext, [.. d.Assumptions]);

    public static IdentifierFindingDocument ToDocument(IdentifierFinding f) => new()
    {
        Column = f.Column,
        Item = f.Item,
        Status = Status(f.Status),
        Evidence = f.Evidence,
        Critical = f.Critical,
        Table = f.Table,
    };

    public static IdentifierFinding ToModel(IdentifierFindingDocument d) =>
        new(d.Column, d.Item, ParseStatus(d.Status), d.Evidence) { Critical = d.Critical, Table = d.Table };

    public static ReviewDocument? ToDocument(ReviewContext? r) => r is null ? null : new()
    {
        Profile = r.Profile,
        Policy = r.PolicyName,
        PolicyPath = r.PolicyPath,
        PolicySha256 = r.PolicySha256,
        Thresholds = [.. r.Thresholds.Select(t => new PolicyThresholdDocument
        {
            Metric = t.MetricId,
            Bound = t.Bound,
            Threshold = t.Threshold,
            Source = t.Source,
            Rationale = t.Rationale,
            Outcome = t.Outcome,
            Value = AuditDocumentMapper.Finite(t.Value),
            Ci = AuditDocumentMapper.Interval(t.Ci),
        })],
        Decision = new DecisionDocument
        {
            Reviewer = r.Decision.Reviewer,
            Role = r.Decision.Role,
            Date = r.Decision.Date,
            Decision = r.Decision.Decision,
            Conditions = r.Decision.Conditions,
        },
    };

    public static ReviewContext? ToModel(ReviewDocument? d) => d is null ? null :
        new ReviewContext(d.Profile, d.Policy, d.PolicyPath, d.PolicySha256,
            [.. d.Thresholds.Select(t => new PolicyThreshold(t.Metric, t.Bound, t.Threshold, t.Source, t.Rationale, t.Outcome, t.Value, AuditDocumentMapper.Interval(t.Ci)))],
            new ReviewDecision(d.Decision.Reviewer, d.Decision.Role, d.Decision.Date, d.Decision.Decision, d.Decision.Conditions));

    /// <summary>The JSON spelling of a status.</summary>
    public static string Status(IdentifierStatus status) => status switch
    {
        IdentifierStatus.Fail => "fail",
        IdentifierStatus.NeedsReview => "needs-review",
        _ => "pass",
    };

    private static IdentifierStatus ParseStatus(string text) => text switch
    {
        "fail" => IdentifierStatus.Fail,
        "needs-review" => IdentifierStatus.NeedsReview,
        "pass" => IdentifierStatus.Pass,
        _ => throw new System.Text.Json.JsonException("unknown identifier status '" + text + "' (expected fail, needs-review or pass)"),
    };
}
