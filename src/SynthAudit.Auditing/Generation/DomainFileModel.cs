namespace SynthAudit.Auditing.Generation;

/// <summary>The YAML shape of a domain file (deserialisation target).</summary>
internal sealed class DomainFileModel
{
    public List<DomainColumnModel>? Columns { get; set; }
}
