using System.Collections.Immutable;

namespace SynthAudit.Auditing.Ledger;

/// <summary>What one run of <c>audit</c>, <c>compare</c> or <c>generate</c> records in the audit-trail ledger.</summary>
/// <param name="TimeUtc">When the run finished.</param>
/// <param name="ToolVersion">The synthaudit version.</param>
/// <param name="Command">audit, compare or generate.</param>
/// <param name="Seed">The master seed, if the command has one.</param>
/// <param name="Inputs">Each input file with its SHA-256.</param>
/// <param name="Results">The headline results (value and interval of each family headline).</param>
/// <param name="Outputs">Each file written with its SHA-256.</param>
internal sealed record LedgerEntry(DateTimeOffset TimeUtc, string ToolVersion, string Command, long? Seed,
    ImmutableArray<LedgerFile> Inputs, ImmutableArray<LedgerHeadline> Results, ImmutableArray<LedgerFile> Outputs)
{
    /// <summary>The command line, if known.</summary>
    public string? CommandLine { get; init; }

    /// <summary>The SHA-256 of the configuration file (audit.yml, domain.yml), if one was used.</summary>
    public string? ConfigSha256 { get; init; }
}
