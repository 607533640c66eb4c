using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace SynthAudit.Cli.Infrastructure;

/// <summary>Rewrites System.CommandLine's parse errors in the user's terms: no .NET type names, one line.</summary>
internal static partial class ParseErrorText
{
    /// <summary>The message with "as expected type 'System.Int32'" turned into "is not a whole number", and so on.</summary>
    public static string Rewrite(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var match = CannotParseRegex().Match(message);
        if (match.Success)
        {
            return match.Groups["option"].Value + ": '" + match.Groups["value"].Value + "' is not " + Expected(match.Groups["type"].Value);
        }

        return message.Replace('\r', ' ').Replace('\n', ' ').TrimEnd('.');
    }

    /// <summary>A number option given with a decimal comma (<c>--epsilon 1,5</c>): .NET would read it as 15, a budget ten
    /// times the one meant, so it is refused; null when every number option is written with a dot.</summary>
    public static string? DecimalComma(CommandResult command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in command.Children.OfType<OptionResult>())
        {
            var type = Nullable.GetUnderlyingType(option.Option.ValueType) ?? option.Option.ValueType;
            if (type == typeof(double) && option.Tokens.FirstOrDefault(t => t.Value.Contains(',', StringComparison.Ordinal)) is { } token)
            {
                return option.Option.Name + ": '" + token.Value + "' is not a number (use a dot for decimals, e.g. 0.5)";
            }
        }

        return null;
    }

    private static string Expected(string type)
    {
        if (type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal))
        {
            return "a whole number";
        }

        if (type.Contains("Double", StringComparison.Ordinal) || type.Contains("Single", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal))
        {
            return "a number (use a dot for decimals, e.g. 0.5)";
        }

        return type.Contains("Boolean", StringComparison.Ordinal) ? "true or false" : "a valid value";
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|argument) '(?<option>[^']*)' as expected type '(?<type>[^']*)'", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex CannotParseRegex();
}
