using System.Collections.Concurrent;

namespace SynthAudit.Core.Metrics;

/// <summary>A thread-safe cache of work shared between metrics (encodings, neighbour searches, trained models).</summary>
/// <remarks>Each value is computed once per key even when several metrics ask at the same time. Keys that depend only
/// on real data let <c>compare</c> share work across synthetic sets.</remarks>
public sealed class SharedComputations
{
    private readonly ConcurrentDictionary<string, Lazy<object>> _items = new(StringComparer.Ordinal);

    /// <summary>The cached value for <paramref name="key"/>, computing it on first use.</summary>
    public T GetOrAdd<T>(string key, Func<T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        var lazy = _items.GetOrAdd(key, _ => new Lazy<object>(() => create(), LazyThreadSafetyMode.ExecutionAndPublication));
        return (T)lazy.Value;
    }
}
