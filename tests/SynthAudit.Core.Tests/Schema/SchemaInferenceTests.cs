using System.Collections.Immutable;
using System.Text;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Schema;
using SynthAudit.Core.Tests.Csv;
using SynthAudit.Testing;

namespace SynthAudit.Core.Tests.Schema;

public sealed class SchemaInferenceTests
{
    private static string Column(string header, Func<int, string> value, int rows)
    {
        var text = new StringBuilder(header).Append(",other\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append(value(i)).Append(',').Append(i % 3).Append('\n');
        }

        return text.ToString();
    }

    private static InferredSchema Infer(string csv, SchemaOptions? options = null) => SchemaInference.Infer(CsvText.Read(csv), options);

    [Fact]
    public void Infer_AdultTrain_SixNumericRestCategoricalNoIdentifiers()
    {
        // Arrange
        var file = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));

        // Act
        var inferred = SchemaInference.Infer(file, new SchemaOptions { Target = "income-per-year", Sensitive = ["sex", "race"] });

        // Assert
        var schema = inferred.Schema;
        Assert.Equal(
            ["age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week"],
            schema.Columns.Where(c => c.Kind == ColumnKind.Numeric).Select(c => c.Name));
        Assert.Equal(9, schema.Columns.Count(c => c.Kind == ColumnKind.Categorical));
        Assert.DoesNotContain(schema.Columns, c => c.Kind == ColumnKind.Identifier);
        Assert.Equal(15, schema.Used.Count());
        Assert.Equal("income-per-year", schema.Target!.Name);
        Assert.Equal(["race", "sex"], schema.Sensitive.Select(c => c.Name));
        Assert.DoesNotContain(inferred.Warnings, w => w.Contains("identifier", StringComparison.Ordinal));
    }

    [Fact]
    public void Infer_Id1TextKeys_ExcludedWithWarning()
    {
        // Arrange: docs/metrics.md 1.2 example, "A001".."A100": u = 1.0, n = 100
        var csv = Column("code", i => "A" + (i + 1).ToString("D3", System.Globalization.CultureInfo.InvariantCulture), 100);

        // Act
        var inferred = Infer(csv);

        // Assert
        var code = inferred.Schema.Find("code")!;
        Assert.Equal(ColumnKind.Identifier, code.Kind);
        Assert.Equal(ColumnRole.Excluded, code.Role);
        Assert.False(code.IsUsed);
        Assert.Contains(inferred.Warnings, w => w.StartsWith("column 'code' excluded as an identifier: 100", StringComparison.Ordinal) && w.Contains("of its values are distinct", StringComparison.Ordinal));
    }

    [Fact]
    public void Infer_Id1IntegerKeysShuffled_Excluded()
    {
        // Arrange: distinct integers that are not an arithmetic sequence (i * i)
        var csv = Column("account", i => (i * i + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture), 40);

        // Act
        var kind = Infer(csv).Schema.Find("account")!.Kind;

        // Assert
        Assert.Equal(ColumnKind.Identifier, kind);
    }

    [Fact]
    public void Infer_Id1NeedsTwentyValues_SmallColumnStays()
    {
        // Arrange: 19 distinct text values
        var csv = Column("code", i => "A" + i, 19);

        // Act
        var kind = Infer(csv).Schema.Find("code")!.Kind;

        // Assert
        Assert.Equal(ColumnKind.Categorical, kind);
    }

    [Fact]
    public void Infer_DistinctFloats_StayNumeric()
    {
        // Arrange: docs/metrics.md 1.2: continuous floats with u = 1 are not identifiers
        var csv = Column("ratio", i => (i * 0.37 + 0.13).ToString("R", System.Globalization.CultureInfo.InvariantCulture), 100);

        // Act
        var kind = Infer(csv).Schema.Find("ratio")!.Kind;

        // Assert
        Assert.Equal(ColumnKind.Numeric, kind);
    }

    [Fact]
    public void Infer_Id2RowNumbers_ExcludedEvenWhenFew()
    {
        // Arrange: 10 rows numbered 5, 10, ..., 50 in shuffled order
        int[] order = [3, 7, 1, 9, 0, 5, 2, 8, 4, 6];
        var csv = Column("n", i => ((order[i] + 1) * 5).ToString(System.Globalization.CultureInfo.InvariantCulture), 10);

        // Act
        var inferred = Infer(csv);

        // Assert
        Assert.Equal(ColumnKind.Identifier, inferred.Schema.Find("n")!.Kind);
        Assert.Contains(inferred.Warnings, w => w.Contains("sequence of distinct integers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("contact", "user{0}@example.org")]
    [InlineData("key", "123e4567-e89b-12d3-a456-4266141740{0:D2}")]
    [InlineData("tel", "+41 (44) 555-01{0:D2}")]
    public void Infer_Id3Patterns_ExcludedAsDirectIdentifiers(string name, string format)
    {
        // Arrange: 10 rows (too few for ID-1), 5 distinct values each repeated: only the pattern rule applies
        var csv = Column(name, i => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, i % 5), 10);

        // Act
        var inferred = Infer(csv);

        // Assert
        Assert.Equal(ColumnKind.Identifier, inferred.Schema.Find(name)!.Kind);
        Assert.Contains(inferred.Warnings, w => w.Contains("direct identifiers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("customer_id", true)]
    [InlineData("ID", true)]
    [InlineData("Email", true)]
    [InlineData("patient_name", true)]
    [InlineData("idea", false)]
    [InlineData("paid", false)]
    public void Infer_Id4NameHint_ExcludesWhenHalfDistinct(string name, bool excluded)
    {
        // Arrange: 10 rows, 6 distinct text values (u = 0.6): only the name rule can apply
        var csv = Column(name, i => "v" + Math.Min(i, 5), 10);

        // Act
        var kind = Infer(csv).Schema.Find(name)!.Kind;

        // Assert
        Assert.Equal(excluded ? ColumnKind.Identifier : ColumnKind.Categorical, kind);
    }

    [Fact]
    public void Infer_Id4NameHintLowUniqueness_Stays()
    {
        // Arrange: u = 0.4 < 0.5
        var csv = Column("user_id", i => "v" + (i % 4), 10);

        // Act
        var kind = Infer(csv).Schema.Find("user_id")!.Kind;

        // Assert
        Assert.Equal(ColumnKind.Categorical, kind);
    }

    [Theory]
    [InlineData("true", "false")]
    [InlineData("Yes", "No")]
    [InlineData("t", "F")]
    [InlineData("y", "n")]
    [InlineData("0", "1")]
    public void Infer_BooleanPairs_AreBoolean(string a, string b)
    {
        // Arrange
        var csv = Column("flag", i => i % 3 == 0 ? a : i % 3 == 1 ? b : "", 12);

        // Act
        var kind = Infer(csv).Schema.Find("flag")!.Kind;

        // Assert
        Assert.Equal(ColumnKind.Boolean, kind);
    }

    [Theory]
    [InlineData("yes", "false")]
    [InlineData("0", "2")]
    public void Infer_OtherPairs_AreNotBoolean(string a, string b)
    {
        // Arrange
        var csv = Column("flag", i => i % 2 == 0 ? a : b, 12);

        // Act
        var kind = Infer(csv).Schema.Find("flag")!.Kind;

        // Assert
        Assert.NotEqual(ColumnKind.Boolean, kind);
    }

    [Theory]
    [InlineData("2023-01-{0:D2}")]
    [InlineData("2023-01-{0:D2}T10:30:00")]
    [InlineData("2023-01-{0:D2}T10:30:00.125Z")]
    [InlineData("2023-01-{0:D2}T10:30:00+02:00")]
    [InlineData("2023-01-{0:D2} 10:30:00")]
    [InlineData("2023/01/{0:D2}")]
    public void Infer_IsoDates_AreDatetime(string format)
    {
        // Arrange: 20 rows over 5 dates, one value not a date (95 %)
        var csv = Column("when", i => i == 7 ? "soon" : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, 1 + (i % 5)), 20);

        // Act
        var kind = Infer(csv).Schema.Find("when")!.Kind;

        // Assert
        Assert.Equal(ColumnKind.Datetime, kind);
    }

    [Fact]
    public void Infer_CompactIntegerDates_StayNumeric()
    {
        // Arrange: docs/metrics.md 1.1: never read 20230101 as a date
        var csv = Column("day", i => (20230101 + (i % 5)).ToString(System.Globalization.CultureInfo.InvariantCulture), 20);

        // Act
        var kind = Infer(csv).Schema.Find("day")!.Kind;

        // Assert
        Assert.Equal(ColumnKind.Numeric, kind);
    }

    [Fact]
    public void TryParseDate_KnownInstant_GivesEpochSeconds()
    {
        // Arrange / Act
        var ok = SchemaInference.TryParseDate("2023-01-02T03:04:05+01:00", out var seconds);

        // Assert: 2023-01-02T02:04:05Z = 1672625045 s
        Assert.True(ok);
        Assert.Equal(1672625045, seconds);
    }

    [Fact]
    public void Infer_ConstantColumn_WarnsAndKeeps()
    {
        // Arrange
        var csv = Column("c", _ => "same", 10);

        // Act
        var inferred = Infer(csv);

        // Assert
        Assert.Equal(ColumnKind.Categorical, inferred.Schema.Find("c")!.Kind);
        Assert.Contains("column 'c' is constant in the real data; it carries no information", inferred.Warnings);
    }

    [Fact]
    public void Infer_ExcludedColumn_NoInferenceWarnings()
    {
        // Arrange (issue 17 QA): a key column and a 100-level column the user excluded; before, both still warned
        // ("excluded as an identifier", "high cardinality") about columns no metric reads.
        var csv = Column("code", i => "A" + (i + 1).ToString("D3", System.Globalization.CultureInfo.InvariantCulture), 100);
        var levels = Column("level", i => "L" + (i % 100).ToString(System.Globalization.CultureInfo.InvariantCulture), 150);

        // Act
        var key = Infer(csv, new SchemaOptions { Exclude = ["code"] });
        var many = Infer(levels, new SchemaOptions { Exclude = ["level"] });
        var manyKept = Infer(levels);

        // Assert
        Assert.Equal(ColumnRole.Excluded, key.Schema.Find("code")!.Role);
        Assert.Empty(key.Warnings);
        Assert.Empty(many.Warnings);
        Assert.Contains(manyKept.Warnings, w => w.Contains("high cardinality (100 distinct values)", StringComparison.Ordinal));
    }

    [Fact]
    public void Infer_Overrides_ForceKindsAndRoles()
    {
        // Arrange
        var csv = "a,b,c,d\n1,x,5,p\n2,y,9,q\n3,x,6,p\n";
        var options = new SchemaOptions
        {
            Target = "b",
            Sensitive = ["d"],
            Exclude = ["c"],
            Kinds = new Dictionary<string, ColumnKind> { ["a"] = ColumnKind.Categorical }.ToImmutableDictionary(),
        };

        // Act
        var schema = Infer(csv, options).Schema;

        // Assert
        Assert.Equal(new ColumnSchema("a", ColumnKind.Categorical, ColumnRole.Feature), schema.Find("a"));
        Assert.Equal(new ColumnSchema("b", ColumnKind.Categorical, ColumnRole.Target), schema.Find("b"));
        Assert.Equal(new ColumnSchema("c", ColumnKind.Numeric, ColumnRole.Excluded), schema.Find("c"));
        Assert.Equal(new ColumnSchema("d", ColumnKind.Categorical, ColumnRole.Sensitive), schema.Find("d"));
        Assert.Equal(["a", "b", "d"], schema.Used.Select(c => c.Name));
    }

    [Fact]
    public void Infer_UnknownColumnInOptions_ConfigError()
    {
        // Arrange / Act
        var ex = Assert.Throws<ConfigException>(() => Infer("a,b\n1,2\n", new SchemaOptions { Target = "income" }));

        // Assert
        Assert.Equal("'--target': column 'income' is not in data.csv", ex.Message);
    }

    [Fact]
    public void Infer_ForcedNumericOnText_ConfigError()
    {
        // Arrange
        var options = new SchemaOptions { Kinds = new Dictionary<string, ColumnKind> { ["b"] = ColumnKind.Numeric }.ToImmutableDictionary() };

        // Act
        var ex = Assert.Throws<ConfigException>(() => Infer("a,b\n1,x\n2,y\n", options));

        // Assert
        Assert.Equal("'b': the config says numeric but the column has text values", ex.Message);
    }

    [Fact]
    public void Infer_IdentifierNamedAsTarget_KeptAsCategoricalWithWarning()
    {
        // Arrange
        var csv = Column("code", i => "A" + i, 30);

        // Act
        var inferred = Infer(csv, new SchemaOptions { Target = "code" });

        // Assert
        Assert.Equal(new ColumnSchema("code", ColumnKind.Categorical, ColumnRole.Target), inferred.Schema.Find("code"));
        Assert.Contains(inferred.Warnings, w => w.Contains("looks like an identifier but was named as the target", StringComparison.Ordinal));
    }
}
