using System.Collections.Immutable;
using SynthAudit.Core.Data;
using SynthAudit.Core.Schema;

namespace SynthAudit.Core.Metrics;

/// <summary>The aligned inputs of an audit: real train rows, synthetic rows, optional holdout, and the frozen schema.</summary>
/// <remarks>All tables have the same columns in the same order, and categorical columns share their level lists, so a
/// code means the same value in every table. Metrics use <see cref="TableSchema.Used"/> columns only.</remarks>
public sealed class AuditInput
{
    /// <summary>Creates the input; the tables must already be aligned (see <c>TableAligner</c>).</summary>
    public AuditInput(Table real, Table synthetic, Table? holdout, TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(synthetic);
        ArgumentNullException.ThrowIfNull(schema);
        Real = real;
        Synthetic = synthetic;
        Holdout = holdout;
        Schema = schema;
    }

    /// <summary>The real rows the generator was trained on (T).</summary>
    public Table Real { get; }

    /// <summary>The synthetic rows (S).</summary>
    public Table Synthetic { get; }

    /// <summary>Real rows the generator never saw (H), if given.</summary>
    public Table? Holdout { get; }

    /// <summary>The schema: kinds and roles.</summary>
    public TableSchema Schema { get; }

    /// <summary>The target column name, if any.</summary>
    public string? Target => Schema.Target?.Name;

    /// <summary>The protected attribute names, in order.</summary>
    public ImmutableArray<string> Sensitive => Schema.Sensitive.Select(c => c.Name).ToImmutableArray();

    /// <summary>The names of the columns metrics use, in file order.</summary>
    public ImmutableArray<string> UsedColumns => Schema.Used.Select(c => c.Name).ToImmutableArray();

    /// <summary>Which optional inputs are present.</summary>
    public MetricRequirements Available =>
        (Holdout is null ? MetricRequirements.None : MetricRequirements.Holdout)
        | (Target is null ? MetricRequirements.None : MetricRequirements.Target)
        | (Sensitive.IsEmpty ? MetricRequirements.None : MetricRequirements.Sensitive);
}
