using System.Globalization;
using System.Text.RegularExpressions;
using SynthAudit.Core.Results.Compliance;

namespace SynthAudit.Metrics.Privacy.Identifiers;

/// <summary>The rules that judge one column against the Safe Harbor items, from its name and its values.</summary>
/// <remarks>A name rule alone gives <c>fail</c> only for names that cannot mean anything else (<c>email</c>, <c>ssn</c>,
/// <c>street_address</c>, ...); where the values contradict the name the outcome is <c>needs-review</c>. A value pattern needs
/// no name. Shares are of non-missing values. Evidence never quotes a value.</remarks>
internal static partial class IdentifierRules
{
    /// <summary>Columns with at least this many values and this share of distinct values look like a record key.</summary>
    private const int MinRowsForUniqueness = 20;

    private const double UniqueShare = 0.95;

    /// <summary>A text column with at least this many levels, half of whose values are shared by at most
    /// <see cref="NearUniqueMaxRows"/> rows, is a near-unique code.</summary>
    private const int NearUniqueMinLevels = 100;

    private const int NearUniqueMaxRows = 5;

    public static List<ColumnHit> Check(ColumnValues c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var hits = new List<ColumnHit>();
        if (c.NonMissing == 0)
        {
            return hits;
        }

        Contact(c, hits);
        Geography(c, hits);
        DatesAndAges(c, hits);
        Numbers(c, hits);
        Names(c, hits);
        Media(c, hits);
        if (!hits.Any(h => h.Status == IdentifierStatus.Fail))
        {
            Unique(c, hits);
        }

        return hits;
    }

    /// <summary>A share as text, e.g. <c>12.5%</c>.</summary>
    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static void Contact(ColumnValues c, List<ColumnHit> hits)
    {
        var email = c.Share(IdentifierPatterns.IsEmail);
        if (email > 0)
        {
            hits.Add(new('F', IdentifierStatus.Fail, "pattern e-mail address (name@domain.tld) in " + Percent(email) + " of values", true));
        }
        else if (NameIs(c, EmailName()))
        {
            hits.Add(new('F', IdentifierStatus.NeedsReview, "column name suggests e-mail addresses but no value has the pattern", true));
        }

        var url = c.Share(IdentifierPatterns.IsUrl);
        if (url > 0)
        {
            hits.Add(new('N', IdentifierStatus.Fail, "pattern web URL (http://, https://, ftp:// or www.) in " + Percent(url) + " of values", true));
        }
        else if (NameIs(c, UrlName()))
        {
            hits.Add(new('N', IdentifierStatus.NeedsReview, "column name suggests web URLs but no value has the pattern", true));
        }

        var mac = c.Share(IdentifierPatterns.IsMac);
        if (mac > 0)
        {
            hits.Add(new('M', IdentifierStatus.Fail, "pattern MAC address in " + Percent(mac) + " of values", true));
        }

        var ip = c.Share(IdentifierPatterns.IsIp);
        if (ip > 0)
        {
            hits.Add(new('O', IdentifierStatus.Fail, "pattern IPv4/IPv6 address in " + Percent(ip) + " of values", true));
        }
        else if (NameIs(c, IpName()))
        {
            hits.Add(new('O', IdentifierStatus.NeedsReview, "column name suggests IP addresses but no value has the pattern", true));
        }

        var ssn = c.Share(IdentifierPatterns.IsSsn);
        if (ssn > 0)
        {
            hits.Add(new('G', IdentifierStatus.Fail, "pattern social security number (ddd-dd-dddd) in " + Percent(ssn) + " of values", true));
        }
        else if (NameIs(c, SsnName()))
        {
            hits.Add(new('G', IdentifierStatus.Fail, "column name matches a social security or national identification number (" + Percent(c.Uniqueness) + " of values distinct)", true));
        }

        var item = NameIs(c, FaxName()) ? 'E' : 'D';
        var named = item == 'E' || NameIs(c, PhoneName());
        var phone = c.Share(IdentifierPatterns.IsPhone);
        if (named && phone > 0)
        {
            hits.Add(new(item, IdentifierStatus.Fail, "column name and pattern " + (item == 'E' ? "fax" : "telephone") + " number (7 to 15 digits) in " + Percent(phone) + " of values", true));
        }
        else if (named)
        {
            hits.Add(new(item, IdentifierStatus.NeedsReview, "column name suggests " + (item == 'E' ? "fax" : "telephone") + " numbers but no value has the pattern", true));
        }
        else if (!c.IsNumeric && phone >= 0.5)
        {
            hits.Add(new('D', IdentifierStatus.Fail, "pattern telephone number (7 to 15 digits with separators) in " + Percent(phone) + " of values (fax numbers look the same)", true));
        }
    }

    private static void Geography(ColumnValues c, List<ColumnHit> hits)
    {
        if (NameIs(c, ZipName()))
        {
            Zip(c, hits);
        }
        else if (!c.IsNumeric && c.Share(IdentifierPatterns.IsZipPlus4) is var plus4 and >= 0.5)
        {
            hits.Add(new('B', IdentifierStatus.Fail, "pattern ZIP+4 code (ddddd-dddd) in " + Percent(plus4) + " of values", false));
        }

        if (c.Tokens.FirstOrDefault(t => s_placeWords.Contains(t)) is { } place)
        {
            var direct = place is "address" or "addr" or "street" or "latitude" or "longitude" or "lat" or "lon" or "lng" or "gps" or "geocode" or "coordinates";
            hits.Add(new('B', IdentifierStatus.Fail, "column name matches '" + place + "' (a geographic unit smaller than a state)", direct));
        }
        else if (!c.IsNumeric && c.Share(IdentifierPatterns.IsStreetAddress) is var street and >= 0.3)
        {
            hits.Add(new('B', IdentifierStatus.Fail, "pattern street address (number, name, street type) in " + Percent(street) + " of values", true));
        }
    }

    private static void Zip(ColumnValues c, List<ColumnHit> hits)
    {
        if (c.IsNumeric)
        {
            // Read as numbers, ZIP codes lose their leading zeros: anything above 999 had more than three digits.
            var five = c.Share(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x > 999);
            if (five > 0)
            {
                hits.Add(new('B', IdentifierStatus.Fail, "column name matches a ZIP code; more than three digits (5-digit ZIP) in " + Percent(five) + " of values", false));
                return;
            }

            var restricted = c.Share(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                && IdentifierPatterns.RestrictedZip3.Contains(((int)x).ToString("D3", CultureInfo.InvariantCulture)));
            hits.Add(Zip3Hit(restricted));
            return;
        }

        var fiveDigits = c.Share(v => IdentifierPatterns.IsZip5(v) || IdentifierPatterns.IsZipPlus4(v));
        if (fiveDigits > 0)
        {
            hits.Add(new('B', IdentifierStatus.Fail, "column name matches a ZIP code; pattern 5-digit ZIP in " + Percent(fiveDigits) + " of values", false));
            return;
        }

        var three = c.Share(IdentifierPatterns.IsZip3);
        if (three >= 0.999)
        {
            hits.Add(Zip3Hit(c.Share(v => IdentifierPatterns.RestrictedZip3.Contains(v[..3]))));
            return;
        }

        hits.Add(new('B', IdentifierStatus.NeedsReview, "column name matches a postal code, but only " + Percent(three) + " of values are 3-digit ZIP prefixes: the reviewer must judge its precision", false));
    }

    private static ColumnHit Zip3Hit(double restricted) => restricted > 0
        ? new('B', IdentifierStatus.Fail, "3-digit ZIP prefixes, but " + Percent(restricted) + " of values are among the 17 prefixes with 20,000 people or fewer (Safe Harbor requires 000)", false)
        : new('B', IdentifierStatus.Pass, "column name matches a ZIP code; 3-digit ZIP prefixes only, none of the 17 restricted prefixes", false);

    private static void DatesAndAges(ColumnValues c, List<ColumnHit> hits)
    {
        if (c.IsDeclaredDatetime)
        {
            hits.Add(new('C', IdentifierStatus.Fail, "date-time values (day precision or finer) in every value", false));
            return;
        }

        if (NameIs(c, AgeName()))
        {
            var parsed = c.Share(v => IdentifierPatterns.LeadingNumber(v) is not null);
            if (parsed < 0.9)
            {
                hits.Add(new('C', IdentifierStatus.NeedsReview, "column name matches an age, but only " + Percent(parsed) + " of values are numbers", false));
                return;
            }

            var over = c.Share(v => IdentifierPatterns.LeadingNumber(v) is > 90);
            hits.Add(over > 0
                ? new('C', IdentifierStatus.Fail, "column name matches an age; " + Percent(over) + " of values are above 90 (ages over 89 must be pooled as 90 or older)", false)
                : new('C', IdentifierStatus.Pass, "column name matches an age; no value above 90 (ages over 89 pooled as 90 or older)", false));
            return;
        }

        var dates = c.IsNumeric ? 0 : c.Share(IdentifierPatterns.IsDateFinerThanYear);
        if (dates >= 0.5)
        {
            hits.Add(new('C', IdentifierStatus.Fail, "pattern date with month or day (e.g. yyyy-mm-dd) in " + Percent(dates) + " of values", false));
            return;
        }

        if (NameIs(c, DateName()))
        {
            var years = c.Share(IdentifierPatterns.IsYear);
            hits.Add(years >= 0.999
                ? new('C', IdentifierStatus.Pass, "column name matches a date; year only (4-digit year) in every value", false)
                : new('C', IdentifierStatus.NeedsReview, "column name matches a date, but its values are neither dates nor years (" + Percent(years) + " years): the reviewer must judge their precision", false));
        }
    }

    private static void Numbers(ColumnValues c, List<ColumnHit> hits)
    {
        foreach (var (item, pattern, what) in s_numberNames)
        {
            if (NameIs(c, pattern))
            {
                hits.Add(new(item, IdentifierStatus.Fail, "column name matches " + what + " (" + Percent(c.Uniqueness) + " of values distinct)", true));
            }
        }

        if (c.IsNumeric)
        {
            return;
        }

        var card = c.Share(IdentifierPatterns.IsCardNumber);
        if (card >= 0.5)
        {
            hits.Add(new('J', IdentifierStatus.Fail, "pattern payment card number (13 to 19 digits, Luhn check) in " + Percent(card) + " of values", true));
        }

        var iban = c.Share(IdentifierPatterns.IsIban);
        if (iban >= 0.5)
        {
            hits.Add(new('J', IdentifierStatus.Fail, "pattern IBAN in " + Percent(iban) + " of values", true));
        }

        var vin = c.Share(IdentifierPatterns.IsVin);
        if (vin >= 0.5)
        {
            hits.Add(new('L', IdentifierStatus.Fail, "pattern vehicle identification number (17 characters) in " + Percent(vin) + " of values", true));
        }
    }

    private static void Names(ColumnValues c, List<ColumnHit> hits)
    {
        if (NameIs(c, PersonName()))
        {
            hits.Add(c.IsNumeric
                ? new('A', IdentifierStatus.NeedsReview, "column name suggests personal names, but every value is a number", true)
                : new('A', IdentifierStatus.Fail, "column name matches a personal name (" + Percent(c.Uniqueness) + " of values distinct)", true));
            return;
        }

        if (!c.IsNumeric && c.Uniqueness >= 0.5 && c.Share(IdentifierPatterns.IsCapitalisedWords) is var words and >= 0.8)
        {
            hits.Add(new('A', IdentifierStatus.NeedsReview, "pattern 'Capitalised Words' in " + Percent(words) + " of values, " + Percent(c.Uniqueness) + " distinct: could be personal names", true));
        }
    }

    private static void Media(ColumnValues c, List<ColumnHit> hits)
    {
        if (NameIs(c, BiometricName()))
        {
            hits.Add(new('P', IdentifierStatus.Fail, "column name matches a biometric identifier", true));
        }

        var images = c.IsNumeric ? 0 : c.Share(IdentifierPatterns.IsImageReference);
        if (NameIs(c, PhotoName()) || images > 0)
        {
            hits.Add(new('Q', IdentifierStatus.Fail, images > 0
                ? "pattern image file or embedded image in " + Percent(images) + " of values"
                : "column name matches a photograph or image", true));
        }
    }

    private static void Unique(ColumnValues c, List<ColumnHit> hits)
    {
        var uuid = c.IsNumeric ? 0 : c.Share(IdentifierPatterns.IsUuid);
        if (uuid >= 0.5)
        {
            hits.Add(new('R', IdentifierStatus.Fail, "pattern UUID (a record or online identifier) in " + Percent(uuid) + " of values", true));
            return;
        }

        var integers = c.IsNumeric && c.Share(v => !v.Contains('.', StringComparison.Ordinal) && !v.Contains('E', StringComparison.Ordinal)) >= 0.999;
        if (c.NonMissing < MinRowsForUniqueness || (c.IsNumeric && !integers) || hits.Any(h => h.Item == 'C'))
        {
            return;
        }

        if (c.Uniqueness < UniqueShare)
        {
            NearUnique(c, hits);
            return;
        }

        hits.Add(NameIs(c, KeyName())
            ? new('R', IdentifierStatus.Fail, "column name matches a key or identifier and " + Percent(c.Uniqueness) + " of values are distinct", true)
            : new('R', IdentifierStatus.NeedsReview, Percent(c.Uniqueness) + " of values are distinct: a code or number that may identify a row", false));
    }

    /// <summary>A text code with many levels, most of them shared by only a few rows (a per-household or per-visit code, a
    /// free-text field): fewer than 95 % of its values are distinct, but a value still points at one or a few people.</summary>
    private static void NearUnique(ColumnValues c, List<ColumnHit> hits)
    {
        if (c.IsNumeric || c.Distinct < NearUniqueMinLevels)
        {
            return;
        }

        var rare = 0;
        foreach (var count in c.Counts.Values)
        {
            if (count <= NearUniqueMaxRows)
            {
                rare += count;
            }
        }

        var share = (double)rare / c.NonMissing;
        if (share >= 0.5)
        {
            hits.Add(new('R', IdentifierStatus.NeedsReview, string.Create(CultureInfo.InvariantCulture,
                $"{c.Distinct} distinct values; {Percent(share)} of values are shared by at most {NearUniqueMaxRows} rows: a near-unique code that may identify a row"), false));
        }
    }

    private static bool NameIs(ColumnValues c, Regex pattern) => pattern.IsMatch(c.Compact) || c.Tokens.Any(pattern.IsMatch);

    private static readonly HashSet<string> s_placeWords = new(StringComparer.Ordinal)
    {
        "address", "addr", "street", "city", "town", "county", "precinct", "geocode", "latitude", "longitude", "lat", "lon", "lng", "gps",
        "coordinates", "tract", "neighborhood", "neighbourhood", "municipality", "village", "borough", "district", "suburb",
    };

    private static readonly (char Item, Regex Pattern, string What)[] s_numberNames =
    [
        ('H', MrnName(), "a medical record number"),
        ('I', HealthPlanName(), "a health plan beneficiary number"),
        ('J', AccountName(), "an account number"),
        ('K', LicenceName(), "a certificate or licence number"),
        ('L', VehicleName(), "a vehicle identifier or licence plate"),
        ('M', DeviceName(), "a device identifier or serial number"),
    ];

    [GeneratedRegex(@"^e?mail(address|addr)?$|^email", RegexOptions.CultureInvariant)]
    private static partial Regex EmailName();

    [GeneratedRegex(@"^(url|uri|website|homepage|webpage|weburl|link)$", RegexOptions.CultureInvariant)]
    private static partial Regex UrlName();

    [GeneratedRegex(@"^(ip|ipaddress|ipaddr|ipv4|ipv6|clientip|remoteaddr)$", RegexOptions.CultureInvariant)]
    private static partial Regex IpName();

    [GeneratedRegex(@"^(ssn|socialsecurity(number|no)?|sin|nino|nationalid(number)?|nationalinsurance(number)?|bsn|personnummer|steuerid|taxid|insee|nir|codicefiscale)$", RegexOptions.CultureInvariant)]
    private static partial Regex SsnName();

    [GeneratedRegex(@"^fax(number|no)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FaxName();

    [GeneratedRegex(@"^(phone|telephone|tel|mobile|cellphone|phonenumber|telephonenumber|mobilenumber|contactnumber|msisdn)$|phone$", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneName();

    [GeneratedRegex(@"^(zip|zipcode|zip5|zip3|postcode|postalcode|postal|plz|postleitzahl|cp|codepostal)$", RegexOptions.CultureInvariant)]
    private static partial Regex ZipName();

    [GeneratedRegex(@"^age$|^ageyears$|^ageatdeath$|^ageatvisit$|^agein(years|yrs)$|^ageyrs$", RegexOptions.CultureInvariant)]
    private static partial Regex AgeName();

    [GeneratedRegex(@"^(dob|birth|born|birthdate|dateofbirth|birthday|date|dt|admission|admitted|admit|discharge|discharged|death|died|deceased|dod|visit|visitdate|servicedate|admissiondate|dischargedate|deathdate|birthyear|yearofbirth)$", RegexOptions.CultureInvariant)]
    private static partial Regex DateName();

    [GeneratedRegex(@"^(mrn|medicalrecord(number|no)?|recordnumber|chartnumber|patientid|patientnumber|patientno)$", RegexOptions.CultureInvariant)]
    private static partial Regex MrnName();

    [GeneratedRegex(@"^(healthplan(id|number)?|beneficiary(id|number)?|insuranceid|insurancenumber|memberid|membernumber|policynumber|medicareid|medicaidid|medicarenumber|subscriberid)$", RegexOptions.CultureInvariant)]
    private static partial Regex HealthPlanName();

    [GeneratedRegex(@"^(bank)?(account|acct)(number|no|num|nr|id)?$|^iban$|^(credit)?cardnumber$|^creditcard$|^ccnum(ber)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountName();

    [GeneratedRegex(@"^(licen[cs]e|licen[cs]enumber|driverslicen[cs]e|driverlicen[cs]e|certificate(number|no)?|passport(number|no)?|npi|deanumber)$", RegexOptions.CultureInvariant)]
    private static partial Regex LicenceName();

    [GeneratedRegex(@"^(vin|vehicleid|vehicleidentifier|licen[cs]eplate|numberplate|plate|platenumber)$", RegexOptions.CultureInvariant)]
    private static partial Regex VehicleName();

    [GeneratedRegex(@"^(deviceid|device|serial|serialnumber|serialno|imei|macaddress|mac|udid|idfa|gaid|advertisingid|cookieid|cookie)$", RegexOptions.CultureInvariant)]
    private static partial Regex DeviceName();

    [GeneratedRegex(@"^(name|fullname|firstname|lastname|givenname|familyname|middlename|maidenname|surname|forename|patientname|customername|clientname|personname|membername|username|contactname|mothersname|fathersname)$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^(fingerprint|voiceprint|retina|retinascan|iris|irisscan|biometric|biometrics|faceprint|dna|genome)$", RegexOptions.CultureInvariant)]
    private static partial Regex BiometricName();

    [GeneratedRegex(@"^(photo|photograph|image|picture|portrait|headshot|selfie|facephoto)$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoName();

    [GeneratedRegex(@"^(id|key|uuid|guid|recordid|rowid|personid|customerid|userid|clientid|subjectid|participantid|recordkey)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyName();
}
