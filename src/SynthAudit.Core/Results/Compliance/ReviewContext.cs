using System.Collections.Immutable;

namespace SynthAudit.Core.Results.Compliance;

/// <summary>What the reviewer's pages rest on: the profile, the policy pack and its thresholds, and the decision block.</summary>
/// <param name="Profile">gdpr, hipaa or internal (<c>audit --profile</c>), or null when none was chosen.</param>
/// <param name="PolicyName">The policy pack's name, or null without a pack.</param>
/// <param name="PolicyPath">The pack's file (or the embedded pack's name).</param>
/// <param name="PolicySha256">The SHA-256 of the pack's bytes.</param>
/// <param name="Thresholds">Each threshold with its source, rationale and outcome.</param>
/// <param name="Decision">The decision block.</param>
public sealed record ReviewContext(string? Profile, string? PolicyName, string? PolicyPath, string? PolicySha256,
    ImmutableArray<PolicyThreshold> Thresholds, ReviewDecision Decision)
{
    /// <summary>The profiles <c>audit --profile</c> accepts.</summary>
    public static ImmutableArray<string> Profiles { get; } = ["gdpr", "hipaa", "internal"];

    /// <summary>No profile, no pack, an empty decision block.</summary>
    public static ReviewContext None { get; } = new(null, null, null, null, [], ReviewDecision.Empty);
}
