using System.Text;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Schema;
using SynthAudit.Core.Tests.Csv;

namespace SynthAudit.Core.Tests.Schema;

/// <summary>Data edge cases of issue 18: all-missing columns, binary numeric targets, decimal commas.</summary>
public sealed class EdgeCaseInferenceTests
{
    private static string Rows(string header, int rows, Func<int, string> line)
    {
        var text = new StringBuilder(header).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            text.Append(line(i)).Append('\n');
        }

        return text.ToString();
    }

    [Fact]
    public void Infer_AllMissingColumn_IsEmptyExcludedWithWarning()
    {
        // Arrange
        var real = CsvText.Read(Rows("age,note,sex", 30, i => (20 + i) + ",," + (i % 2 == 0 ? "F" : "M")));

        // Act
        var inferred = SchemaInference.Infer(real);

        // Assert
        var note = inferred.Schema.Find("note")!;
        Assert.Equal(ColumnKind.Empty, note.Kind);
        Assert.Equal(ColumnRole.Excluded, note.Role);
        Assert.False(note.IsUsed);
        Assert.Contains("column 'note' is empty in the real data (every value is missing); excluded from every metric", inferred.Warnings);
    }

    [Fact]
    public void Align_AllMissingRealColumnWithTextInSynthetic_IsNotAnError()
    {
        // Arrange
        var real = CsvText.Read(Rows("age,note", 30, i => (20 + i) + ",NA"));
        var synthetic = CsvText.Read(Rows("age,note", 30, i => (20 + i) + ",text " + (i % 3)));
        var schema = SchemaInference.Infer(real).Schema;

        // Act
        var aligned = TableAligner.Align(schema, real, synthetic);

        // Assert
        Assert.Equal(30, aligned.Synthetic!.RowCount);
        Assert.DoesNotContain(aligned.Warnings, w => w.Contains("'note'", StringComparison.Ordinal));
    }

    [Fact]
    public void Infer_AllMissingTarget_ThrowsNamingIt()
    {
        // Arrange
        var real = CsvText.Read(Rows("age,label", 10, i => (20 + i) + ","));

        // Act
        var ex = Assert.Throws<ConfigException>(() => SchemaInference.Infer(real, new SchemaOptions { Target = "label" }));

        // Assert
        Assert.Contains("'label' is empty", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "2")]
    [InlineData("3", "7")]
    public void Infer_NumericTargetWithTwoValues_IsBinary(string a, string b)
    {
        // Arrange: German credit codes its target 1 = good, 2 = bad
        var real = CsvText.Read(Rows("age,credit", 40, i => (20 + i) + "," + (i % 3 == 0 ? b : a)));

        // Act
        var inferred = SchemaInference.Infer(real, new SchemaOptions { Target = "credit" });

        // Assert
        Assert.Equal(ColumnKind.Boolean, inferred.Schema.Find("credit")!.Kind);
        Assert.Contains(inferred.Warnings, w => w.StartsWith("target 'credit' has two numeric values (" + a + " and " + b + ")", StringComparison.Ordinal));
    }

    [Fact]
    public void Infer_NumericFeatureWithTwoValues_StaysNumeric()
    {
        // Arrange
        var real = CsvText.Read(Rows("age,credit", 40, i => (20 + i) + "," + (i % 3 == 0 ? "2" : "1")));

        // Act
        var inferred = SchemaInference.Infer(real);

        // Assert
        Assert.Equal(ColumnKind.Numeric, inferred.Schema.Find("credit")!.Kind);
    }

    [Fact]
    public void Infer_DecimalCommasInSemicolonFile_ReadAsNumbersWithNote()
    {
        // Arrange
        var real = CsvText.Read(Rows("age;income;sex", 40, i => (20 + i) + ";" + (1000 + (i * 37)) + "," + (i % 10) + "5;" + (i % 2 == 0 ? "F" : "M")));
        var synthetic = CsvText.Read(Rows("age;income;sex", 40, i => (21 + i) + ";1.0" + (10 + i) + ",25;F"));

        // Act
        var inferred = SchemaInference.Infer(real);
        var aligned = TableAligner.Align(inferred.Schema, real, synthetic);

        // Assert
        Assert.Equal(ColumnKind.Numeric, inferred.Schema.Find("income")!.Kind);
        Assert.Contains("column 'income' holds numbers written with a decimal comma (such as 1,5); read as numbers", inferred.Warnings);
        Assert.Equal(1000.05, ((NumericColumn)aligned.Real["income"]).Values[0], 9);
        Assert.Equal(1010.25, ((NumericColumn)aligned.Synthetic!["income"]).Values[0], 9);
    }

    [Theory]
    [InlineData("1,5", 1.5)]
    [InlineData("-0,25", -0.25)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("12", 12)]
    public void DecimalCommaNumbers_TryParse_ReadsTheValue(string text, double expected)
    {
        // Act
        var ok = DecimalCommaNumbers.TryParse(text, out var value);

        // Assert
        Assert.True(ok);
        Assert.Equal(expected, value, 9);
    }

    [Theory]
    [InlineData("1,5 kg")]
    [InlineData("1.5")]
    [InlineData("a,b")]
    public void DecimalCommaNumbers_TryParse_RejectsOtherText(string text) => Assert.False(DecimalCommaNumbers.TryParse(text, out _));
}
