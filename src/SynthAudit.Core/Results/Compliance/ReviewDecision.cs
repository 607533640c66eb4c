namespace SynthAudit.Core.Results.Compliance;

/// <summary>The reviewer's decision block; every field is null until the config's <c>decision:</c> fills it, so the printed
/// report leaves room for a signature.</summary>
/// <param name="Reviewer">Who decided.</param>
/// <param name="Role">Their role (data protection officer, HIPAA expert, ...).</param>
/// <param name="Date">When.</param>
/// <param name="Decision">What was decided (release, release with conditions, do not release).</param>
/// <param name="Conditions">Conditions attached to the release.</param>
public sealed record ReviewDecision(string? Reviewer, string? Role, string? Date, string? Decision, string? Conditions)
{
    /// <summary>An empty block.</summary>
    public static ReviewDecision Empty { get; } = new(null, null, null, null, null);
}
