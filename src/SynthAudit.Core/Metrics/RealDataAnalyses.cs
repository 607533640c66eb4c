using SynthAudit.Core.Data;
using SynthAudit.Core.Schema;

namespace SynthAudit.Core.Metrics;

/// <summary>The results of <see cref="AnalysisScope.RealData"/> analyses, shareable by the audits of several synthetic sets.</summary>
/// <remarks>Pass one instance to the <see cref="MetricContext"/> of every audit of a comparison. A result is reused when the
/// real and holdout tables are the very same objects (tables are immutable), the schemas list the same columns, kinds and
/// roles, and the seed, resample count and confidence level are equal; otherwise it is computed anew. Thread-safe.</remarks>
public sealed class RealDataAnalyses
{
    private readonly AnalysisStore _store = new();

    /// <summary>How many results of <paramref name="key"/> were computed (lets tests check that real-only work ran once).</summary>
    public int ComputedCount(AnalysisKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _store.ComputedCount(key);
    }

    internal T GetOrCompute<T>(AnalysisKey key, object? argument, AuditInput input, MetricContext context, Func<T> compute)
        where T : class =>
        _store.GetOrCompute(key, new Slot(key, argument, input.Real, input.Holdout, input.Schema, context.Seeds.MasterSeed,
            context.BootstrapResamples, context.ConfidenceLevel), compute);

    private sealed record Slot(AnalysisKey Key, object? Argument, Table Real, Table? Holdout, TableSchema Schema, long Seed,
        int BootstrapResamples, double ConfidenceLevel)
    {
        // Tables by identity (immutable), the schema by its columns: equal schemas built apart still share.
        public bool Equals(Slot? other) =>
            other is not null && ReferenceEquals(Key, other.Key) && Equals(Argument, other.Argument) && ReferenceEquals(Real, other.Real)
            && ReferenceEquals(Holdout, other.Holdout) && Schema.Columns.SequenceEqual(other.Schema.Columns) && Seed == other.Seed
            && BootstrapResamples == other.BootstrapResamples && ConfidenceLevel.Equals(other.ConfidenceLevel);

        public override int GetHashCode() =>
            HashCode.Combine(Key, Argument, Real, Holdout, Schema.Columns.Length, Seed, BootstrapResamples, ConfidenceLevel);
    }
}
