using SynthAudit.Core.Results.Compliance;

namespace SynthAudit.Auditing.Compliance;

/// <summary>What the reviewer's pages need besides the metrics: the profile, the policy pack to cite and the decision block.</summary>
/// <param name="Profile">gdpr, hipaa or internal, or null.</param>
/// <param name="PolicyPath">A policy file to cite instead of the profile's pack, or null.</param>
/// <param name="Decision">The decision block from the config.</param>
internal sealed record ReviewRequest(string? Profile, string? PolicyPath, ReviewDecision Decision);
