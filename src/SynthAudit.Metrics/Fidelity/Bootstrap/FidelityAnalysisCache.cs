using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>Analyses keyed by the identity of the (real, synthetic, holdout) tables, so <c>compare</c> keeps them apart.</summary>
internal sealed class FidelityAnalysisCache
{
    private readonly Lock _gate = new();
    private readonly List<(Table Real, Table Synthetic, Table? Holdout, Lazy<FidelityAnalysis> Analysis)> _entries = [];

    /// <summary>The analysis for <paramref name="input"/>, created once.</summary>
    public FidelityAnalysis Get(AuditInput input, Func<FidelityAnalysis> create)
    {
        Lazy<FidelityAnalysis>? lazy = null;
        lock (_gate)
        {
            foreach (var e in _entries)
            {
                if (ReferenceEquals(e.Real, input.Real) && ReferenceEquals(e.Synthetic, input.Synthetic) && ReferenceEquals(e.Holdout, input.Holdout))
                {
                    lazy = e.Analysis;
                    break;
                }
            }

            if (lazy is null)
            {
                lazy = new Lazy<FidelityAnalysis>(create, LazyThreadSafetyMode.ExecutionAndPublication);
                _entries.Add((input.Real, input.Synthetic, input.Holdout, lazy));
            }
        }

        return lazy.Value;
    }
}
