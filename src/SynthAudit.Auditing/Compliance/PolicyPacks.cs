using System.Security.Cryptography;
using System.Text;
using SynthAudit.Auditing.Gating;
using SynthAudit.Core.Errors;

namespace SynthAudit.Auditing.Compliance;

/// <summary>The cited policy packs built into the tool (fixtures/policies: gdpr-wp29, ema-0070, hipaa-expert, internal) and
/// the pack each <c>--profile</c> picks.</summary>
internal static class PolicyPacks
{
    /// <summary>The pack file of a profile: gdpr → gdpr-wp29.yml, hipaa → hipaa-expert.yml, internal → internal.yml.</summary>
    public static string FileOf(string profile) => profile switch
    {
        "gdpr" => "gdpr-wp29.yml",
        "hipaa" => "hipaa-expert.yml",
        "internal" => "internal.yml",
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "not a profile (gdpr, hipaa or internal)"),
    };

    /// <summary>The policy to cite: the file at <paramref name="path"/> when given, else the profile's built-in pack, else
    /// null; with the SHA-256 of its bytes and the name the report shows for its location.</summary>
    /// <exception cref="ConfigException">The file is missing or not a valid policy.</exception>
    public static (GatePolicy Policy, string Sha256, string Location)? Load(string? profile, string? path)
    {
        if (path is not null)
        {
            var policy = GatePolicyReader.Read(path);
            var bytes = File.ReadAllBytes(path);
            return (policy, Convert.ToHexStringLower(SHA256.HashData(bytes)), path);
        }

        if (profile is null)
        {
            return null;
        }

        var file = FileOf(profile);
        var text = Embedded(file);
        var location = file + " (built in; fixtures/policies/" + file + ")";
        return (GatePolicyReader.Parse(text, location), Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), location);
    }

    /// <summary>The text of a built-in pack.</summary>
    public static string Embedded(string file)
    {
        using var stream = typeof(PolicyPacks).Assembly.GetManifestResourceStream("SynthAudit.Policies." + file)
            ?? throw new InvalidOperationException("the built-in policy pack " + file + " is missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
