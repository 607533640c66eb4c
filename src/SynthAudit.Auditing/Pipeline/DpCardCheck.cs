using SynthAudit.Core.Provenance;

namespace SynthAudit.Auditing.Pipeline;

/// <summary>The outcome of checking a synthetic file against its dp.json card.</summary>
/// <param name="Guarantee">The guarantee, when a card was found and the file is the one it was written for; otherwise null.</param>
/// <param name="Rejected">Why a card that was found does not apply to the file (it was changed after generation), or null.</param>
internal sealed record DpCardCheck(DpGuarantee? Guarantee, string? Rejected)
{
    /// <summary>No card next to the file.</summary>
    public static DpCardCheck None { get; } = new(null, null);
}
