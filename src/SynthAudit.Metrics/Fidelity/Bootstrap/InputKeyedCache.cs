using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>Values keyed by the identity of the (real, synthetic, holdout) tables, so <c>compare</c> keeps synthetic sets apart.</summary>
/// <typeparam name="T">The cached value.</typeparam>
internal sealed class InputKeyedCache<T>
    where T : class
{
    private readonly Lock _gate = new();
    private readonly List<(Table Real, Table Synthetic, Table? Holdout, Lazy<T> Value)> _entries = [];

    /// <summary>The value for <paramref name="input"/>, created once (callers at the same time wait for the first).</summary>
    public T Get(AuditInput input, Func<T> create)
    {
        Lazy<T>? lazy = null;
        lock (_gate)
        {
            foreach (var e in _entries)
            {
                if (ReferenceEquals(e.Real, input.Real) && ReferenceEquals(e.Synthetic, input.Synthetic) && ReferenceEquals(e.Holdout, input.Holdout))
                {
                    lazy = e.Value;
                    break;
                }
            }

            if (lazy is null)
            {
                lazy = new Lazy<T>(create, LazyThreadSafetyMode.ExecutionAndPublication);
                _entries.Add((input.Real, input.Synthetic, input.Holdout, lazy));
            }
        }

        return lazy.Value;
    }
}
