using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Schema;
using SynthAudit.Core.Tests.Csv;
using SynthAudit.Testing;

namespace SynthAudit.Core.Tests.Schema;

public sealed class TableAlignerTests
{
    private static CsvFile Read(string text, string name)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return CsvTableReader.Read(stream, name);
    }

    [Fact]
    public void Align_ColumnsInAnotherOrder_MatchedByName()
    {
        // Arrange
        var real = Read("age,colour\n30,red\n40,blue\n", "real.csv");
        var synthetic = Read("colour,age\nblue,35\nred,45\n", "synth.csv");
        var schema = SchemaInference.Infer(real).Schema;

        // Act
        var aligned = TableAligner.Align(schema, real, synthetic);

        // Assert
        var synth = aligned.Synthetic!;
        Assert.Equal(["age", "colour"], synth.Columns.Select(c => c.Name));
        Assert.Equal([35.0, 45], ((NumericColumn)synth["age"]).Values);
        var colour = (CategoricalColumn)synth["colour"];
        Assert.Equal(["blue", "red"], [colour.ValueAt(0)!, colour.ValueAt(1)!]);
        Assert.Same(((CategoricalColumn)aligned.Real["colour"]).Levels.ToArray()[0], colour.Levels.ToArray()[0]);
        Assert.Equal(((CategoricalColumn)aligned.Real["colour"]).Levels, colour.Levels);
        Assert.Empty(aligned.Warnings);
    }

    [Fact]
    public void Align_ColumnMissingFromSynthetic_NamesColumnAndFile()
    {
        // Arrange
        var real = Read("age,colour\n30,red\n40,blue\n", "real.csv");
        var synthetic = Read("age\n35\n", "synth.csv");
        var schema = SchemaInference.Infer(real).Schema;

        // Act
        var ex = Assert.Throws<SchemaMismatchException>(() => TableAligner.Align(schema, real, synthetic));

        // Assert
        Assert.Equal("synth.csv column 'colour': column is missing (it is in the real data)", ex.Message);
        Assert.Equal("colour", ex.ColumnName);
        Assert.Equal("synth.csv", ex.Path);
        Assert.Equal(2, ex.ExitCode);
    }

    [Fact]
    public void Align_ColumnMissingFromHoldout_NamesHoldoutFile()
    {
        // Arrange
        var real = Read("age,colour\n30,red\n40,blue\n", "real.csv");
        var synthetic = Read("age,colour\n35,red\n", "synth.csv");
        var holdout = Read("colour\nred\n", "holdout.csv");
        var schema = SchemaInference.Infer(real).Schema;

        // Act
        var ex = Assert.Throws<SchemaMismatchException>(() => TableAligner.Align(schema, real, synthetic, holdout));

        // Assert
        Assert.Equal("holdout.csv column 'age': column is missing (it is in the real data)", ex.Message);
    }

    [Fact]
    public void Align_ExtraColumns_IgnoredWithWarning()
    {
        // Arrange
        var real = Read("age\n30\n40\n", "real.csv");
        var synthetic = Read("age,score,flag\n35,1,x\n", "synth.csv");
        var schema = SchemaInference.Infer(real).Schema;

        // Act
        var aligned = TableAligner.Align(schema, real, synthetic);

        // Assert
        Assert.Equal(["age"], aligned.Synthetic!.Columns.Select(c => c.Name));
        Assert.Equal(["the synthetic file has 2 column(s) not in the real data, ignored: score, flag"], aligned.Warnings.ToArray());
    }

    [Fact]
    public void Align_SyntheticOnlyCategories_KeptAndCounted()
    {
        // Arrange
        var real = Read("colour\nred\nblue\nred\n", "real.csv");
        var synthetic = Read("colour\nred\ngreen\npink\ngreen\n", "synth.csv");
        var schema = SchemaInference.Infer(real).Schema;

        // Act
        var aligned = TableAligner.Align(schema, real, synthetic);

        // Assert
        var synth = (CategoricalColumn)aligned.Synthetic!["colour"];
        Assert.Equal(["red", "blue", "green", "pink"], synth.Levels.ToArray());
        Assert.Equal([0, 2, 3, 2], synth.Codes);
        Assert.Equal(synth.Levels, ((CategoricalColumn)aligned.Real["colour"]).Levels);
        Assert.Equal(["column 'colour': 2 categories in 3 row(s) of the synthetic file do not occur in the real data; kept as new categories"], aligned.Warnings.ToArray());
    }

    [Fact]
    public void Align_SyntheticOnlyCategoriesInSeveralColumns_OneWarningListingThem()
    {
        // Arrange
        var real = Read("colour,size\nred,S\nblue,M\nred,S\n", "real.csv");
        var synthetic = Read("colour,size\nred,S\ngreen,XL\npink,S\ngreen,M\n", "synth.csv");
        var schema = SchemaInference.Infer(real).Schema;

        // Act
        var aligned = TableAligner.Align(schema, real, synthetic);

        // Assert
        Assert.Equal(["3 categories in 2 columns of the synthetic file do not occur in the real data; kept as new categories: 'colour' (2 in 3 row(s)), 'size' (1 in 1 row(s))"],
            aligned.Warnings.ToArray());
    }

    [Fact]
    public void AlignAll_TwoSyntheticFiles_ShareOneLevelListInFileOrder()
    {
        // Arrange
        var real = Read("colour\nred\nblue\n", "real.csv");
        var a = Read("colour\nred\ngreen\n", "a.csv");
        var b = Read("colour\npink\ngreen\nblue\n", "b.csv");
        var schema = SchemaInference.Infer(real).Schema;

        // Act
        var aligned = TableAligner.AlignAll(schema, real, [a, b], null);

        // Assert
        string[] levels = ["red", "blue", "green", "pink"];
        Assert.Equal(2, aligned.Synthetics.Length);
        Assert.Same(aligned.Synthetics[0], aligned.Synthetic);
        Assert.Equal(levels, ((CategoricalColumn)aligned.Real["colour"]).Levels.ToArray());
        Assert.Equal(levels, ((CategoricalColumn)aligned.Synthetics[0]["colour"]).Levels.ToArray());
        Assert.Equal([3, 2, 1], ((CategoricalColumn)aligned.Synthetics[1]["colour"]).Codes);
    }

    [Fact]
    public void Align_NumericSpellings_MatchAcrossFiles()
    {
        // Arrange: a 0/1 boolean written as 0.0/1.0 by the generator
        var real = Read("flag\n0\n1\n1\n", "real.csv");
        var synthetic = Read("flag\n1.0\n0.0\n", "synth.csv");
        var schema = SchemaInference.Infer(real).Schema;

        // Act
        var aligned = TableAligner.Align(schema, real, synthetic);

        // Assert
        Assert.Equal(ColumnKind.Boolean, schema.Find("flag")!.Kind);
        var synth = (CategoricalColumn)aligned.Synthetic!["flag"];
        Assert.Equal(["0", "1"], synth.Levels.ToArray());
        Assert.Equal([1, 0], synth.Codes);
        Assert.Empty(aligned.Warnings);
    }

    [Fact]
    public void Align_TextInNumericColumnOfSynthetic_NamesValueAndLine()
    {
        // Arrange
        var real = Read("age\n30\n40\n", "real.csv");
        var synthetic = Read("age\n35\nold\nyoung\n", "synth.csv");
        var schema = SchemaInference.Infer(real).Schema;

        // Act
        var ex = Assert.Throws<InputException>(() => TableAligner.Align(schema, real, synthetic));

        // Assert
        Assert.Equal("synth.csv:3 column 'age': text value 'old' in a column that is numeric in the real data", ex.Message);
    }

    [Fact]
    public void Align_DatetimeColumn_BecomesEpochSeconds()
    {
        // Arrange
        var real = Read("day\n1970-01-02\n1970-01-03\n", "real.csv");
        var synthetic = Read("day\n1970-01-02T12:00:00Z\nnot a date\n", "synth.csv");
        var schema = SchemaInference.Infer(real).Schema;

        // Act
        var aligned = TableAligner.Align(schema, real, synthetic);

        // Assert
        Assert.Equal([86400.0, 172800], ((NumericColumn)aligned.Real["day"]).Values);
        Assert.Equal(ColumnKind.Datetime, aligned.Real["day"].Kind);
        Assert.Equal([129600.0, double.NaN], ((NumericColumn)aligned.Synthetic!["day"]).Values);
        Assert.Equal(["column 'day' of the synthetic file: 1 value(s) are not ISO 8601 dates and were read as missing"], aligned.Warnings.ToArray());
    }

    [Fact]
    public void Align_AdultTrainHoldout_ShareLevels()
    {
        // Arrange
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var holdout = CsvTableReader.Read(Fixtures.Path("adult", "holdout.csv"));
        var schema = SchemaInference.Infer(real, new SchemaOptions { Target = "income-per-year" }).Schema;

        // Act
        var aligned = TableAligner.Align(schema, real, holdout: holdout);

        // Assert
        Assert.Equal(22793, aligned.Real.RowCount);
        Assert.Equal(9768, aligned.Holdout!.RowCount);
        foreach (var column in aligned.Real.Columns.OfType<CategoricalColumn>())
        {
            Assert.Equal(column.Levels, ((CategoricalColumn)aligned.Holdout[column.Name]).Levels);
        }

        var workclass = (CategoricalColumn)aligned.Real["workclass"];
        Assert.True(workclass.CountMissing() > 0);
        Assert.DoesNotContain("?", workclass.Levels);
    }
}
