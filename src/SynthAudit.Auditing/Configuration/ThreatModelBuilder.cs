using System.Collections.Immutable;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Results.Compliance;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Privacy;

namespace SynthAudit.Auditing.Configuration;

/// <summary>Turns the declared quasi-identifiers, secrets and release context into the <see cref="ThreatModel"/> the report
/// states, and maps the declarations onto the attack settings.</summary>
/// <remarks>Mapping (docs/metrics.md section 4.5): the quasi-identifiers become the singling-out columns, the inference
/// attacker's auxiliary columns and linkability dataset A (dataset B is the other used columns), unless <c>link-a</c>/<c>link-b</c>
/// are given explicitly; the secrets become the inference secrets unless <c>inference-secrets</c> is given. Nothing declared
/// leaves the attacks as they were, the strongest attacker the attacks model, and the report says so.</remarks>
internal static class ThreatModelBuilder
{
    /// <summary>Checks the release context and that no column is both a quasi-identifier and a secret.</summary>
    /// <exception cref="ConfigException">An unknown release context, or a column declared both ways.</exception>
    public static void Validate(ImmutableArray<string>? quasiIdentifiers, ImmutableArray<string>? secrets, string? releaseContext, string? path)
    {
        if (releaseContext is not null && !ThreatModel.ReleaseContexts.Contains(releaseContext, StringComparer.Ordinal))
        {
            throw new ConfigException(path, "release-context", "'" + releaseContext + "' is not a release context (expected public, contract or internal)");
        }

        if ((quasiIdentifiers ?? []).Intersect(secrets ?? [], StringComparer.Ordinal).FirstOrDefault() is { } both)
        {
            throw new ConfigException(path, "quasi-identifiers/secrets", "column '" + both + "' is both a quasi-identifier and a secret; an attacker cannot know what the attack tries to learn");
        }
    }

    /// <summary>The attack settings with the declarations applied (explicit attack settings win).</summary>
    public static AttackOptions Apply(AttackOptions attacks, ImmutableArray<string>? quasiIdentifiers, ImmutableArray<string>? secrets,
        bool explicitLink, bool explicitSecrets)
    {
        ArgumentNullException.ThrowIfNull(attacks);
        var result = attacks;
        if (quasiIdentifiers is { IsDefaultOrEmpty: false } qis)
        {
            result = result with { SinglingOutColumns = qis, InferenceAuxiliary = qis };
            if (!explicitLink)
            {
                result = result with { LinkColumnsA = qis, LinkColumnsB = [] };
            }
        }

        if (secrets is { IsDefaultOrEmpty: false } s && !explicitSecrets)
        {
            result = result with { InferenceSecrets = s };
        }

        return result;
    }

    /// <summary>The threat model, with one sentence per default applied.</summary>
    public static ThreatModel Build(ImmutableArray<string>? quasiIdentifiers, ImmutableArray<string>? secrets, string? releaseContext,
        SchemaOptions schema, AttackOptions attacks)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(attacks);
        var qis = quasiIdentifiers is { IsDefaultOrEmpty: false } q ? q : [];
        var declaredSecrets = secrets is { IsDefaultOrEmpty: false } s ? s : [];
        var notes = ImmutableArray.CreateBuilder<string>();
        if (qis.IsEmpty)
        {
            notes.Add("No quasi-identifiers were declared, so the attacker is assumed to know every column the attacks use: singling-out predicates may combine any columns, the inference attacker knows every column but the secret, and linkability splits the columns into two halves of equal entropy. This is the strongest attacker these attacks model; declaring the columns an attacker could really obtain gives a more realistic, usually lower, estimate.");
        }
        else
        {
            var link = attacks.LinkColumnsA.SequenceEqual(qis)
                ? "linkability dataset A (dataset B is the other used columns)"
                : "not the linkability split, which was set explicitly (--link-a/--link-b)";
            notes.Add("The declared quasi-identifiers are the singling-out columns, the inference attacker's knowledge and " + link + ". An attacker who knows more than these columns is not modelled.");
        }

        if (declaredSecrets.IsEmpty)
        {
            var targets = !attacks.InferenceSecrets.IsDefaultOrEmpty
                ? "the --inference-secrets columns (" + string.Join(", ", attacks.InferenceSecrets) + ")"
                : !schema.Sensitive.IsDefaultOrEmpty
                    ? "the sensitive columns (" + string.Join(", ", schema.Sensitive) + ")"
                    : schema.Target is { } target
                        ? "the target column (" + target + ")"
                        : "every used column in turn";
            notes.Add("No secrets were declared, so the inference targets are " + targets + (targets.StartsWith("every", StringComparison.Ordinal)
                ? ": every attribute is treated as one an attacker may want to learn."
                : ", the attributes the audit was told matter most."));
        }

        var release = releaseContext ?? ThreatModel.DefaultReleaseContext;
        if (releaseContext is null)
        {
            notes.Add("No release context was declared, so a public release is assumed: the most exposed case, because the audit cannot verify a contract or an access control that would limit who sees the data.");
        }

        return new ThreatModel(qis, declaredSecrets, release, !qis.IsEmpty, !declaredSecrets.IsEmpty, releaseContext is not null, notes.ToImmutable());
    }
}
