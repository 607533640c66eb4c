namespace SynthAudit.Reports.Json.Documents;

/// <summary>The reviewer's decision block; null fields are left blank for a signature.</summary>
/// <remarks>Properties are written in declaration order.</remarks>
internal sealed record DecisionDocument
{
    public string? Reviewer { get; init; }

    public string? Role { get; init; }

    public string? Date { get; init; }

    public string? Decision { get; init; }

    public string? Conditions { get; init; }
}
