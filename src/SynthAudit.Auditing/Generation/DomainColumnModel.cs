namespace SynthAudit.Auditing.Generation;

/// <summary>One column of a domain file.</summary>
internal sealed class DomainColumnModel
{
    public string? Name { get; set; }

    public string? Kind { get; set; }

    public bool Integer { get; set; }

    public double? Lower { get; set; }

    public double? Upper { get; set; }

    public int? Bins { get; set; }

    public List<double>? Edges { get; set; }

    public List<string>? Categories { get; set; }

    public bool Other { get; set; }

    public bool Missing { get; set; } = true;
}
