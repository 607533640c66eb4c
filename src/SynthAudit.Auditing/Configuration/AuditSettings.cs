using SynthAudit.Metrics.Privacy;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Schema;

namespace SynthAudit.Auditing.Configuration;

/// <summary>The effective settings of an audit, after merging the config file with the command line.</summary>
/// <param name="Schema">Roles and forced kinds for schema inference.</param>
/// <param name="Csv">How the CSV files are read.</param>
/// <param name="Seed">The master seed.</param>
/// <param name="BootstrapResamples">Bootstrap resamples for confidence intervals.</param>
internal sealed record AuditSettings(SchemaOptions Schema, CsvReadOptions Csv, long Seed, int BootstrapResamples)
{
    /// <summary>The settings of the singling-out, linkability and inference attacks.</summary>
    public AttackOptions Attacks { get; init; } = AttackOptions.Default;

    /// <summary>Bootstrap resamples when neither the config nor the command line sets them.</summary>
    public const int DefaultBootstrapResamples = 200;
}
