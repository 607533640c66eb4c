using System.Collections.Concurrent;

namespace SynthAudit.Core.Metrics;

/// <summary>Lazily computed values, each computed once even when several threads ask at the same time.</summary>
internal sealed class AnalysisStore
{
    private readonly ConcurrentDictionary<object, Lazy<object>> _items = new();
    private readonly ConcurrentDictionary<AnalysisKey, int> _computed = new();

    /// <summary>The value stored under <paramref name="slot"/>, computing it on first use; callers at the same time wait for the first.</summary>
    public T GetOrCompute<T>(AnalysisKey key, object slot, Func<T> compute)
        where T : class
    {
        var lazy = _items.GetOrAdd(slot, _ => new Lazy<object>(
            () =>
            {
                _computed.AddOrUpdate(key, 1, (_, n) => n + 1);
                return compute();
            },
            LazyThreadSafetyMode.ExecutionAndPublication));
        return (T)lazy.Value;
    }

    /// <summary>How many values of <paramref name="key"/> were computed.</summary>
    public int ComputedCount(AnalysisKey key) => _computed.TryGetValue(key, out var n) ? n : 0;
}
