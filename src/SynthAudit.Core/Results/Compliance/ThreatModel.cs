using System.Collections.Immutable;

namespace SynthAudit.Core.Results.Compliance;

/// <summary>Who the audit assumes the attacker is: what they know (quasi-identifiers), what they want (secrets) and where the
/// data goes (release context), as declared in the audit config or on the command line, with the assumptions made for
/// anything not declared.</summary>
/// <param name="QuasiIdentifiers">Columns the attacker may know about a person; empty when none were declared.</param>
/// <param name="Secrets">Columns the attacker tries to learn (the inference targets); empty when none were declared.</param>
/// <param name="ReleaseContext">public, contract or internal (<see cref="ReleaseContexts"/>).</param>
/// <param name="QuasiIdentifiersDeclared">Whether the quasi-identifiers were declared (otherwise every used column is assumed known).</param>
/// <param name="SecretsDeclared">Whether the secrets were declared.</param>
/// <param name="ReleaseContextDeclared">Whether the release context was declared (otherwise <see cref="DefaultReleaseContext"/>).</param>
/// <param name="Assumptions">One sentence per default that was applied, saying what was assumed and why.</param>
/// <remarks>The quasi-identifiers are the auxiliary columns of the linkability and inference attacks and the columns of the
/// singling-out predicates; the secrets are the inference targets (docs/metrics.md section 4.5). Article 29 WP Opinion
/// 05/2014 and the ICO's motivated-intruder test both ask the assessor to state this attacker model explicitly.</remarks>
public sealed record ThreatModel(ImmutableArray<string> QuasiIdentifiers, ImmutableArray<string> Secrets, string ReleaseContext,
    bool QuasiIdentifiersDeclared, bool SecretsDeclared, bool ReleaseContextDeclared, ImmutableArray<string> Assumptions)
{
    /// <summary>The release contexts, from most to least exposed.</summary>
    public static ImmutableArray<string> ReleaseContexts { get; } = ["public", "contract", "internal"];

    /// <summary>The release context assumed when none is declared: the most exposed one, because the attacker model must not
    /// rest on a contract or an access control the audit cannot verify.</summary>
    public const string DefaultReleaseContext = "public";

    /// <summary>The release context in words, for reports.</summary>
    public string ReleaseContextText => ReleaseContext switch
    {
        "public" => "public release (anyone may obtain the data; no contract binds the recipient)",
        "contract" => "shared under contract (named recipients bound by a data-sharing agreement)",
        "internal" => "internal use (inside the controller's organisation, under its access controls)",
        _ => ReleaseContext,
    };
}
