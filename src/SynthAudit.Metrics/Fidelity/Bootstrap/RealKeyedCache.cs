using SynthAudit.Core.Data;

namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>Values keyed by the identity of the real and holdout tables plus a settings string, never by the synthetic
/// table, so <c>compare</c> computes real-only work (such as noise-floor baselines) once for every synthetic set.</summary>
/// <typeparam name="T">The cached value.</typeparam>
internal sealed class RealKeyedCache<T>
    where T : class
{
    private readonly Lock _gate = new();
    private readonly List<(Table Real, Table? Holdout, string Settings, Lazy<T> Value)> _entries = [];

    /// <summary>How many values were created (lets tests check that real-only work ran once).</summary>
    public int Created { get; private set; }

    /// <summary>The value for these tables and settings, created once (callers at the same time wait for the first).</summary>
    public T Get(Table real, Table? holdout, string settings, Func<T> create)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(create);
        Lazy<T>? lazy = null;
        lock (_gate)
        {
            foreach (var e in _entries)
            {
                if (ReferenceEquals(e.Real, real) && ReferenceEquals(e.Holdout, holdout) && string.Equals(e.Settings, settings, StringComparison.Ordinal))
                {
                    lazy = e.Value;
                    break;
                }
            }

            if (lazy is null)
            {
                lazy = new Lazy<T>(create, LazyThreadSafetyMode.ExecutionAndPublication);
                _entries.Add((real, holdout, settings, lazy));
                Created++;
            }
        }

        return lazy.Value;
    }
}
