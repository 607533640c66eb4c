using System.Globalization;
using System.Text.RegularExpressions;

namespace SynthAudit.Metrics.Privacy.Identifiers;

/// <summary>The value patterns of the identifier scan. Each tests one trimmed value; none is shown in a report.</summary>
internal static partial class IdentifierPatterns
{
    /// <summary>The three-digit ZIP areas that had 20,000 people or fewer in the 2000 Census, which Safe Harbor requires to
    /// be reported as 000 (HHS, Guidance Regarding Methods for De-identification, 2012).</summary>
    public static readonly IReadOnlySet<string> RestrictedZip3 = new HashSet<string>(StringComparer.Ordinal)
    {
        "036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878", "879", "884", "890", "893",
    };

    public static bool IsEmail(string v) => v.Contains('@', StringComparison.Ordinal) && Email().IsMatch(v);

    public static bool IsUrl(string v) => Url().IsMatch(v);

    public static bool IsSsn(string v) => Ssn().IsMatch(v);

    public static bool IsZip5(string v) => Zip5().IsMatch(v);

    public static bool IsZipPlus4(string v) => ZipPlus4().IsMatch(v);

    public static bool IsZip3(string v) => Zip3().IsMatch(v);

    public static bool IsIp(string v)
    {
        if (Ipv4().Match(v) is { Success: true } m)
        {
            for (var g = 1; g <= 4; g++)
            {
                if (int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) > 255)
                {
                    return false;
                }
            }

            return true;
        }

        return v.Count(c => c == ':') >= 3 && !Mac().IsMatch(v) && Ipv6().IsMatch(v);
    }

    public static bool IsMac(string v) => Mac().IsMatch(v);

    public static bool IsUuid(string v) => Uuid().IsMatch(v);

    public static bool IsVin(string v) => Vin().IsMatch(v) && v.Any(char.IsDigit) && v.Any(char.IsLetter);

    public static bool IsIban(string v) => Iban().IsMatch(v.Replace(" ", string.Empty, StringComparison.Ordinal));

    public static bool IsImageReference(string v) => ImageReference().IsMatch(v);

    public static bool IsStreetAddress(string v) => StreetAddress().IsMatch(v);

    public static bool IsCapitalisedWords(string v) => CapitalisedWords().IsMatch(v);

    /// <summary>A date with at least month precision: ISO <c>yyyy-MM-dd</c> (optionally with a time), <c>yyyy/MM/dd</c>,
    /// <c>MM/dd/yyyy</c>, <c>dd.MM.yyyy</c>, or <c>yyyy-MM</c>.</summary>
    public static bool IsDateFinerThanYear(string v) => FullDate().IsMatch(v) || MonthYear().IsMatch(v);

    /// <summary>A bare four-digit year between 1800 and 2100.</summary>
    public static bool IsYear(string v) =>
        v.Length == 4 && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1800 and <= 2100;

    /// <summary>A telephone or fax number: 7 to 15 digits written with only digits, spaces, <c>+ ( ) - .</c>, and either a
    /// separator, a leading plus or 10–11 digits; dates and ZIP+4 codes are not phone numbers.</summary>
    public static bool IsPhone(string v)
    {
        if (v.Length is < 7 or > 24 || IsDateFinerThanYear(v) || IsZipPlus4(v) || IsSsn(v))
        {
            return false;
        }

        var digits = 0;
        var separators = 0;
        foreach (var c in v)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is ' ' or '+' or '(' or ')' or '-' or '.')
            {
                separators++;
            }
            else
            {
                return false;
            }
        }

        if (digits is < 7 or > 15 || v.Count(c => c == '.') > 0 && !Phoneish().IsMatch(v))
        {
            return false;
        }

        return separators > 0 && (v.StartsWith('+') || v.Contains('-', StringComparison.Ordinal) || v.Contains('(', StringComparison.Ordinal) || v.Contains(' ', StringComparison.Ordinal) || v.Contains('.', StringComparison.Ordinal))
            || digits is 10 or 11;
    }

    /// <summary>A payment card number: 13 to 19 digits (spaces or dashes allowed) passing the Luhn check.</summary>
    public static bool IsCardNumber(string v)
    {
        var digits = new List<int>(19);
        foreach (var c in v)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Add(c - '0');
            }
            else if (c is not (' ' or '-'))
            {
                return false;
            }
        }

        if (digits.Count is < 13 or > 19)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < digits.Count; i++)
        {
            var d = digits[digits.Count - 1 - i];
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    /// <summary>The leading number of an age value such as <c>93</c>, <c>93.0</c> or <c>90+</c>.</summary>
    public static double? LeadingNumber(string v)
    {
        var m = Leading().Match(v);
        return m.Success && double.TryParse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9._%+\-']+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"^(https?|ftp)://\S+$|^www\.\S+\.\S+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"^\d{3}-\d{2}-\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Ssn();

    [GeneratedRegex(@"^\d{5}$", RegexOptions.CultureInvariant)]
    private static partial Regex Zip5();

    [GeneratedRegex(@"^\d{5}-\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex ZipPlus4();

    [GeneratedRegex(@"^\d{3}(\*\*|xx|XX)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Zip3();

    [GeneratedRegex(@"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4();

    [GeneratedRegex(@"^[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}$", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv6();

    [GeneratedRegex(@"^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}$", RegexOptions.CultureInvariant)]
    private static partial Regex Mac();

    [GeneratedRegex(@"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex Uuid();

    [GeneratedRegex(@"^[A-HJ-NPR-Z0-9]{17}$", RegexOptions.CultureInvariant)]
    private static partial Regex Vin();

    [GeneratedRegex(@"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex Iban();

    [GeneratedRegex(@"\.(jpe?g|png|gif|bmp|tiff?|heic|webp)$|^data:image/", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ImageReference();

    [GeneratedRegex(@"^\d+[A-Za-z]?\s+(\S+\s+)*(st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|dr|drive|way|ct|court|pl|place|sq|square|ter|terrace|hwy|highway|str|strasse|straße|weg|allee|platz|rue|via)\.?(\s|,|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StreetAddress();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:[ '\-]\p{Lu}\p{Ll}+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWords();

    [GeneratedRegex(@"^(\d{4}-\d{1,2}-\d{1,2}([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^(\d{4}-\d{2}|\d{1,2}/\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^\+?[\d\s()\-]*\d{3}[.]\d{3}[.]\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Phoneish();

    [GeneratedRegex(@"^\d+(\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Leading();
}
