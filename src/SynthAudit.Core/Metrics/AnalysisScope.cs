namespace SynthAudit.Core.Metrics;

/// <summary>Which inputs an analysis reads, and so how widely its result may be reused.</summary>
public enum AnalysisScope
{
    /// <summary>Reads only the real training and holdout rows, the schema and the run settings (seed, resamples, level):
    /// computed once for every synthetic set audited against the same real data (<c>compare</c> shares it).</summary>
    RealData,

    /// <summary>Reads the synthetic rows too: computed once per input set (one <see cref="AuditInput"/>).</summary>
    InputSet,
}
