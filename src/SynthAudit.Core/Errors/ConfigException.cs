namespace SynthAudit.Core.Errors;

/// <summary>A bad configuration or policy file, or a bad combination of options; exit code 2.</summary>
public sealed class ConfigException : SynthAuditException
{
    /// <summary>Creates the error.</summary>
    /// <param name="path">The configuration file, or null for command-line options.</param>
    /// <param name="key">The offending key or option, if any.</param>
    /// <param name="problem">What is wrong, as one sentence.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public ConfigException(string? path, string? key, string problem, Exception? inner = null)
        : base(Format(path, key, problem), inner)
    {
        Path = path;
        Key = key;
    }

    /// <summary>The configuration file, if any.</summary>
    public string? Path { get; }

    /// <summary>The offending key, if any.</summary>
    public string? Key { get; }

    private static string Format(string? path, string? key, string problem)
    {
        var prefix = path is null ? string.Empty : path + ": ";
        if (key is not null)
        {
            prefix += "'" + key + "': ";
        }

        return InputException.OneLine(prefix + problem);
    }
}
