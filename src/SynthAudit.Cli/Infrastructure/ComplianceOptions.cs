using System.CommandLine;
using SynthAudit.Auditing.Configuration;

namespace SynthAudit.Cli.Infrastructure;

/// <summary>The threat-model and review options of <c>audit</c>: <c>--quasi-identifiers</c>, <c>--secrets</c>,
/// <c>--release-context</c>, <c>--profile</c> and <c>--policy</c> (issue 16).</summary>
internal sealed class ComplianceOptions
{
    private readonly Option<string[]> _quasiIdentifiers = CliOptions.CommaList("--quasi-identifiers",
        "Columns an attacker may know (comma-separated): the singling-out columns, the inference attacker's knowledge and linkability dataset A. Default: every column (the strongest attacker).");

    private readonly Option<string[]> _secrets = CliOptions.CommaList("--secrets",
        "Columns to protect (comma-separated): the inference targets. Default: --sensitive, else --target, else every column.");

    private readonly Option<string?> _releaseContext = new Option<string?>("--release-context")
    {
        Description = "Where the data goes: public, contract or internal (default: public, the most exposed).",
    }.AcceptOnlyFromAmong("public", "contract", "internal");

    private readonly Option<string?> _profile = new Option<string?>("--profile")
    {
        Description = "gdpr, hipaa or internal: the policy pack whose cited thresholds the report shows, and the appendices it adds.",
    }.AcceptOnlyFromAmong("gdpr", "hipaa", "internal");

    private readonly Option<string?> _policy = new("--policy")
    {
        Description = "A policy file (fixtures/policies/*.yml format) whose thresholds and sources the report shows; wins over the profile's pack.",
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_quasiIdentifiers);
        command.Options.Add(_secrets);
        command.Options.Add(_releaseContext);
        command.Options.Add(_profile);
        command.Options.Add(_policy);
    }

    /// <summary>The overrides with these options' values added.</summary>
    public AuditOverrides Apply(ParseResult result, AuditOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(overrides);
        return overrides with
        {
            QuasiIdentifiers = result.GetResult(_quasiIdentifiers) is null ? null : [.. result.GetValue(_quasiIdentifiers) ?? []],
            Secrets = result.GetResult(_secrets) is null ? null : [.. result.GetValue(_secrets) ?? []],
            ReleaseContext = result.GetValue(_releaseContext),
            Profile = result.GetValue(_profile),
            Policy = result.GetValue(_policy),
        };
    }
}
