using SynthAudit.Auditing.Pipeline;
using SynthAudit.Auditing.Comparing;
using SynthAudit.Cli.Tests.Cli;
using SynthAudit.Core.Data;

namespace SynthAudit.Cli.Tests.Compare;

public sealed class ComparisonLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_SeveralSynthetic_ShareRealAndHoldoutTablesAndOneLevelList()
    {
        // Arrange: b has a category ("X") that neither the real data nor a has
        var real = TinyData.Write(_folder, "real.csv", 50, 1);
        var holdout = TinyData.Write(_folder, "holdout.csv", 30, 5);
        var a = TinyData.Write(_folder, "a.csv", 40, 2);
        var b = _folder.Write("b.csv", "age,hours,sex,income\n30,40,X,>50K\n31,41,F,<=50K\n32,42,M,<=50K\n");
        var request = new AuditRequest { RealPath = real, SyntheticPath = a, HoldoutPath = holdout };

        // Act
        var inputs = ComparisonLoader.Load(request, [new SyntheticSpec("a", a), new SyntheticSpec("b", b)]);

        // Assert
        var first = inputs.Generators[0].Loaded.Input;
        var second = inputs.Generators[1].Loaded.Input;
        Assert.Same(first.Real, second.Real);
        Assert.Same(first.Holdout, second.Holdout);
        var sexReal = (CategoricalColumn)first.Real["sex"];
        var sexB = (CategoricalColumn)second.Synthetic["sex"];
        var sexA = (CategoricalColumn)first.Synthetic["sex"];
        Assert.Equal(sexReal.Levels, sexB.Levels);
        Assert.Equal(sexReal.Levels, sexA.Levels);
        Assert.Equal(["X", "F", "M"], Enumerable.Range(0, 3).Select(r => sexB.ValueAt(r)));
        Assert.Equal("X", sexReal.Levels[^1]);
        Assert.Contains(inputs.Warnings, w => w.StartsWith("b: column 'sex'", StringComparison.Ordinal));
        Assert.Equal(["real", "holdout", "synthetic:a", "synthetic:b"], inputs.Inputs.Select(i => i.Role));
        Assert.Equal(["real", "synthetic", "holdout"], inputs.Generators[1].Loaded.Inputs.Select(i => i.Role));
    }
}
