namespace SynthAudit.Core.Metrics;

/// <summary>The inputs a metric needs beyond the real and synthetic tables.</summary>
[Flags]
public enum MetricRequirements
{
    /// <summary>Only real and synthetic data.</summary>
    None = 0,

    /// <summary>A holdout set of real rows the generator never saw (<c>--holdout</c>).</summary>
    Holdout = 1,

    /// <summary>A target column (<c>--target</c>).</summary>
    Target = 2,

    /// <summary>At least one protected attribute (<c>--sensitive</c>).</summary>
    Sensitive = 4,
}
