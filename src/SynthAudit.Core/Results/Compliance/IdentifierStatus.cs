namespace SynthAudit.Core.Results.Compliance;

/// <summary>The outcome of one identifier-scan check (HIPAA Safe Harbor item or GDPR direct identifier).</summary>
public enum IdentifierStatus
{
    /// <summary>The data shows no such identifier (decided from column names and value patterns).</summary>
    Pass,

    /// <summary>The data cannot decide it; a person must. Never reported as a pass.</summary>
    NeedsReview,

    /// <summary>The identifier is present.</summary>
    Fail,
}
