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

    /// <summary>The declared (or assumed) attacker model.</summary>
    public SynthAudit.Core.Results.Compliance.ThreatModel ThreatModel { get; init; } = ThreatModelBuilder.Build(null, null, null, new SchemaOptions(), AttackOptions.Default);

    /// <summary>gdpr, hipaa or internal, or null.</summary>
    public string? Profile { get; init; }

    /// <summary>The policy file the report cites, or null (the profile's embedded pack, if any).</summary>
    public string? PolicyPath { get; init; }

    /// <summary>The decision block from the config, or the empty block.</summary>
    public SynthAudit.Core.Results.Compliance.ReviewDecision Decision { get; init; } = SynthAudit.Core.Results.Compliance.ReviewDecision.Empty;

    /// <summary>Bootstrap resamples when neither the config nor the command line sets them.</summary>
    public const int DefaultBootstrapResamples = 200;
}
