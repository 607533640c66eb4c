using System.Collections.Immutable;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Results.Compliance;
using SynthAudit.Metrics.Privacy.Identifiers;
using SynthAudit.Testing;
using Xunit;

namespace SynthAudit.Metrics.Tests.Privacy.Identifiers;

// Issue 16: the identifier scan (HIPAA Safe Harbor, GDPR direct identifiers). The fixtures are invented by
// fixtures/identifiers/make.py (no real person).
public sealed class IdentifierScannerTests
{
    private static CsvFile Read(string name) => CsvTableReader.Read(Fixtures.Path("identifiers", name));

    private static IdentifierFinding Finding(ImmutableArray<IdentifierFinding> scan, string column, char item) =>
        Assert.Single(scan, f => f.Column == column && f.Item.StartsWith("(" + item + ")", StringComparison.Ordinal));

    [Theory]
    [InlineData("zip", 'B')]
    [InlineData("dob", 'C')]
    [InlineData("email", 'F')]
    [InlineData("phone", 'D')]
    [InlineData("age", 'C')]
    public void Scan_PatientsTable_FlagsEachIdentifierWithItsSafeHarborItem(string column, char item)
    {
        // Arrange
        var real = Read("patients.csv");
        var synthetic = Read("patients-synthetic.csv");

        // Act
        var scan = IdentifierScanner.Scan(real, synthetic);

        // Assert
        var finding = Finding(scan, column, item);
        Assert.Equal(IdentifierStatus.Fail, finding.Status);
        Assert.Equal("both", finding.Table);
        Assert.False(finding.Critical);
    }

    [Theory]
    [InlineData("zip3", 'B')]
    [InlineData("birth_year", 'C')]
    [InlineData("age", 'C')]
    public void Scan_CoarsenedTable_Passes(string column, char item)
    {
        // Arrange
        var real = Read("patients-coarse.csv");
        var synthetic = Read("patients-coarse-synthetic.csv");

        // Act
        var scan = IdentifierScanner.Scan(real, synthetic);

        // Assert
        Assert.Equal(IdentifierStatus.Pass, Finding(scan, column, item).Status);
        Assert.DoesNotContain(scan, f => f.Status == IdentifierStatus.Fail);
        foreach (var letter in "ABCDEFGHIJKLMNOPQ")
        {
            Assert.Equal(IdentifierStatus.Pass, IdentifierScanner.ItemStatus(scan.Where(f => f.Item.StartsWith("(" + letter + ")", StringComparison.Ordinal))));
        }
    }

    [Fact]
    public void Scan_ItemR_IsNeverPass_BecauseNoScanCanDecideIt()
    {
        // Arrange
        var real = Read("patients-coarse.csv");

        // Act
        var scan = IdentifierScanner.Scan(real, real);

        // Assert
        var r = Assert.Single(scan, f => f.Column is null && f.Item.StartsWith("(R)", StringComparison.Ordinal));
        Assert.Equal(IdentifierStatus.NeedsReview, r.Status);
    }

    [Fact]
    public void Scan_EveryItemHasAnEntry()
    {
        // Act
        var scan = IdentifierScanner.Scan(Read("patients.csv"), null);

        // Assert
        Assert.Equal(18, SafeHarborItem.All.Length);
        foreach (var item in SafeHarborItem.All)
        {
            Assert.Contains(scan, f => f.Item == item.Label);
        }
    }

    [Fact]
    public void Scan_SyntheticCopiesRealEmails_IsCritical()
    {
        // Arrange: the "synthetic" table is the real one, so every e-mail address is copied verbatim.
        var real = Read("patients.csv");

        // Act
        var scan = IdentifierScanner.Scan(real, real);

        // Assert
        var email = Finding(scan, "email", 'F');
        Assert.True(email.Critical);
        Assert.Equal(IdentifierStatus.Fail, email.Status);
        Assert.Contains("CRITICAL: 100.0% of synthetic values (200 rows) copy a real value verbatim", email.Evidence, StringComparison.Ordinal);
        Assert.False(Finding(scan, "zip", 'B').Critical);
    }

    [Fact]
    public void Scan_SyntheticSamplesRealKeysWithReplacement_IsCritical()
    {
        // Arrange (issue 17 QA): a key unique per real row; the synthetic column draws real keys with replacement, so it is
        // too repetitive for the uniqueness rule on its own, yet every value it publishes is a real key.
        var real = TableOf("customer_id", Enumerable.Range(1, 200).Select(i => "P" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)));
        var synthetic = TableOf("customer_id", Enumerable.Range(0, 200).Select(i => "P" + (1 + (i * 7 % 60)).ToString("D5", System.Globalization.CultureInfo.InvariantCulture)));

        // Act
        var scan = IdentifierScanner.Scan(real, synthetic);

        // Assert
        var key = Finding(scan, "customer_id", 'R');
        Assert.True(key.Critical);
        Assert.Equal(IdentifierStatus.Fail, key.Status);
        Assert.Equal("real", key.Table);
        Assert.Contains("the synthetic column does not match this rule; CRITICAL: 100.0% of synthetic values (200 rows) copy a real value verbatim", key.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_NearUniqueCode_NeedsReview()
    {
        // Arrange (issue 17 QA): 1,000 rows, 500 codes of two rows each (fewer than 95 % distinct, but a code points at two
        // people); a 50-level code of 20 rows each is an ordinary category.
        var near = TableOf("code", Enumerable.Range(0, 1000).Select(i => "K" + (i / 2).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var category = TableOf("code", Enumerable.Range(0, 1000).Select(i => "K" + (i % 50).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // Act
        var flagged = IdentifierScanner.Scan(near, null);
        var ordinary = IdentifierScanner.Scan(category, null);

        // Assert
        var finding = Finding(flagged, "code", 'R');
        Assert.Equal(IdentifierStatus.NeedsReview, finding.Status);
        Assert.False(finding.Critical);
        Assert.Contains("500 distinct values; 100.0% of values are shared by at most 5 rows", finding.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain(ordinary, f => f.Column == "code");
    }

    [Fact]
    public void Scan_Evidence_NeverQuotesAValue()
    {
        // Arrange
        var real = Read("patients.csv");
        var synthetic = Read("patients-synthetic.csv");
        var values = File.ReadAllLines(Fixtures.Path("identifiers", "patients.csv")).Skip(1)
            .Concat(File.ReadAllLines(Fixtures.Path("identifiers", "patients-synthetic.csv")).Skip(1))
            .SelectMany(line => line.Split(',').Take(4)).Distinct().ToList();

        // Act
        var scan = IdentifierScanner.Scan(real, synthetic);

        // Assert
        foreach (var finding in scan)
        {
            foreach (var value in values)
            {
                Assert.DoesNotContain(value, finding.Evidence, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Scan_Adult_FlagsNothing()
    {
        // Arrange: Adult's ages are already top-coded at 90, and it has no direct identifier.
        var adult = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));

        // Act
        var scan = IdentifierScanner.Scan(adult, null);

        // Assert
        Assert.DoesNotContain(scan, f => f.Status == IdentifierStatus.Fail);
        Assert.Equal(IdentifierStatus.Pass, Finding(scan, "age", 'C').Status);
    }

    [Theory]
    [InlineData("zip", "A1", 'B')]
    [InlineData("email", "n/a-value", 'F')]
    [InlineData("admission_date", "early", 'C')]
    [InlineData("age", "old", 'C')]
    public void Scan_NameMatchesButValuesCannotDecide_NeedsReview(string column, string value, char item)
    {
        // Arrange
        var file = TableOf(column, Enumerable.Range(0, 30).Select(i => value + (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // Act
        var scan = IdentifierScanner.Scan(file, null);

        // Assert
        Assert.Equal(IdentifierStatus.NeedsReview, Finding(scan, column, item).Status);
    }

    [Theory]
    [InlineData("contact", "ann@example.org", 'F')]
    [InlineData("homepage", "https://example.org/u/1", 'N')]
    [InlineData("host", "192.168.10.20", 'O')]
    [InlineData("tax", "123-45-6789", 'G')]
    [InlineData("where", "12 Main Street", 'B')]
    [InlineData("zip", "02134", 'B')]
    [InlineData("card", "4111 1111 1111 1111", 'J')]
    [InlineData("visit", "2024-03-05", 'C')]
    public void Scan_ValuePatterns_Fail(string column, string value, char item)
    {
        // Arrange
        var file = TableOf(column, Enumerable.Repeat(value, 30));

        // Act
        var scan = IdentifierScanner.Scan(file, null);

        // Assert
        Assert.Equal(IdentifierStatus.Fail, Finding(scan, column, item).Status);
    }

    [Fact]
    public void Scan_RestrictedThreeDigitZip_Fails()
    {
        // Arrange: 036 is one of the 17 three-digit ZIP areas with 20,000 people or fewer.
        var file = TableOf("zip", Enumerable.Range(0, 30).Select(i => i == 0 ? "036" : "941"));

        // Act
        var scan = IdentifierScanner.Scan(file, null);

        // Assert
        Assert.Equal(IdentifierStatus.Fail, Finding(scan, "zip", 'B').Status);
    }

    private static CsvFile TableOf(string column, IEnumerable<string> values)
    {
        var text = column + "\n" + string.Join("\n", values.Select(v => v.Contains(',', StringComparison.Ordinal) ? "\"" + v + "\"" : v)) + "\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return CsvTableReader.Read(stream, "test.csv");
    }
}
