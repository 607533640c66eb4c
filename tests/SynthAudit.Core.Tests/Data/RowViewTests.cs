using SynthAudit.Core.Data;
using SynthAudit.Testing;

namespace SynthAudit.Core.Tests.Data;

public sealed class RowViewTests
{
    private static Table Sample() => new TableBuilder()
        .Numeric("age", 30, 40, double.NaN, 50)
        .Categorical("sex", "F", "M", null, "F")
        .Build();

    [Fact]
    public void View_WithIndices_ReadsRowsWithoutCopyingColumns()
    {
        // Arrange
        var table = Sample();

        // Act
        var view = new RowView(table, [3, 1, 1]);

        // Assert
        Assert.Same(table, view.Table);
        Assert.Equal(3, view.Count);
        Assert.Equal([3, 1, 1], [view[0], view[1], view[2]]);
        Assert.Equal(50, ((NumericColumn)view.Table["age"]).Values[view[0]]);
    }

    [Fact]
    public void AllRows_IsIdentityView()
    {
        // Arrange
        var table = Sample();

        // Act
        var view = table.AllRows();

        // Assert
        Assert.Equal(4, view.Count);
        Assert.Equal([0, 1, 2, 3], view.Rows);
        Assert.Equal(2, view[2]);
    }

    [Fact]
    public void Materialize_CopiesRowsInOrderAndSharesLevels()
    {
        // Arrange
        var table = Sample();

        // Act
        var copy = new RowView(table, [2, 0]).Materialize("copy");

        // Assert
        Assert.Equal("copy", copy.Name);
        Assert.Equal([double.NaN, 30], ((NumericColumn)copy["age"]).Values);
        var sex = (CategoricalColumn)copy["sex"];
        Assert.Equal([CategoricalColumn.MissingCode, 0], sex.Codes);
        Assert.Equal(((CategoricalColumn)table["sex"]).Levels, sex.Levels);
        Assert.Equal(1, copy["age"].CountMissing());
    }

    [Fact]
    public void Table_DuplicateColumnNames_Rejected()
    {
        // Arrange / Act / Assert
        Assert.Throws<ArgumentException>(() => new Table("t", [new NumericColumn("a", [1.0]), new NumericColumn("a", [2.0])]));
    }

    [Fact]
    public void Columns_MissingRepresentations()
    {
        // Arrange
        var table = Sample();

        // Act
        var age = (NumericColumn)table["age"];
        var sex = (CategoricalColumn)table["sex"];

        // Assert
        Assert.True(age.IsMissing(2));
        Assert.True(sex.IsMissing(2));
        Assert.Null(sex.ValueAt(2));
        Assert.Equal("M", sex.ValueAt(1));
        Assert.Equal(ColumnKind.Datetime, age.WithKind(ColumnKind.Datetime).Kind);
        Assert.Same(age.Values, ((NumericColumn)age.WithKind(ColumnKind.Datetime)).Values);
        Assert.Throws<ArgumentException>(() => age.WithKind(ColumnKind.Categorical));
    }
}
