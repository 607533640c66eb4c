namespace SynthAudit.Generation.Domain;

/// <summary>How a column is modelled: binned numbers or a list of categories.</summary>
public enum DomainColumnKind
{
    /// <summary>Numbers, binned by public edges and sampled back uniformly within a bin.</summary>
    Numeric,

    /// <summary>Values from a public list of categories.</summary>
    Categorical,
}
