using System.Collections.Immutable;

namespace SynthAudit.Metrics.Privacy.Identifiers;

/// <summary>One of the 18 identifiers of the HIPAA Safe Harbor method, 45 CFR §164.514(b)(2)(i)(A)–(R), with the GDPR
/// notion of a direct identifier it also covers.</summary>
/// <param name="Letter">The paragraph letter, A to R.</param>
/// <param name="Title">The identifier as the rule names it.</param>
/// <param name="Gdpr">The GDPR counterpart (Art. 4(1): name, identification number, location data, online identifier), or
/// an empty string when the item is specific to HIPAA.</param>
public sealed record SafeHarborItem(char Letter, string Title, string Gdpr)
{
    /// <summary>The label used in reports and audit.json, e.g. <c>(F) email addresses</c>.</summary>
    public string Label => "(" + Letter + ") " + Title;

    /// <summary>The 18 items in the order of the rule.</summary>
    public static ImmutableArray<SafeHarborItem> All { get; } =
    [
        new('A', "names", "name (Art. 4(1))"),
        new('B', "geographic subdivisions smaller than a state (street address, city, county, precinct, ZIP code, geocodes)", "location data (Art. 4(1))"),
        new('C', "dates (except year) directly related to an individual, and ages over 89", string.Empty),
        new('D', "telephone numbers", "contact details (direct identifier)"),
        new('E', "fax numbers", "contact details (direct identifier)"),
        new('F', "email addresses", "online identifier / contact details"),
        new('G', "social security numbers", "identification number (Art. 4(1), Art. 87)"),
        new('H', "medical record numbers", "identification number"),
        new('I', "health plan beneficiary numbers", "identification number"),
        new('J', "account numbers", "identification number (bank account, payment card)"),
        new('K', "certificate/license numbers", "identification number (passport, licence)"),
        new('L', "vehicle identifiers and serial numbers, including license plate numbers", "identification number"),
        new('M', "device identifiers and serial numbers", "online identifier (Recital 30)"),
        new('N', "web URLs", "online identifier (Recital 30)"),
        new('O', "IP addresses", "online identifier (Recital 30)"),
        new('P', "biometric identifiers, including finger and voice prints", "biometric data (Art. 4(14), Art. 9)"),
        new('Q', "full-face photographs and comparable images", "biometric data (Art. 4(14))"),
        new('R', "any other unique identifying number, characteristic, or code", "identification number or factor specific to a person (Art. 4(1))"),
    ];

    /// <summary>The item with the given letter.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No item has that letter.</exception>
    public static SafeHarborItem Of(char letter) =>
        All.FirstOrDefault(i => i.Letter == letter) ?? throw new ArgumentOutOfRangeException(nameof(letter), letter, "not a Safe Harbor item letter (A to R)");
}
