using SynthAudit.Cli.Tests.Audit;

namespace SynthAudit.Cli.Tests.Attack;

/// <summary>A temporary folder holding a 400-row Adult training extract and a 400-row holdout extract, deleted after the test.</summary>
public abstract class AttackTestFolder : IDisposable
{
    /// <summary>Writes the two extracts into a fresh folder whose name starts with <paramref name="prefix"/>.</summary>
    protected AttackTestFolder(string prefix)
    {
        Dir = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Dir);
        Train = Path.Combine(Dir, "train.csv");
        Holdout = Path.Combine(Dir, "holdout.csv");
        AdultExtract.Write(Train, "train.csv", 401);
        AdultExtract.Write(Holdout, "holdout.csv", 401);
    }

    /// <summary>The folder.</summary>
    protected string Dir { get; }

    /// <summary>The training extract.</summary>
    protected string Train { get; }

    /// <summary>The holdout extract.</summary>
    protected string Holdout { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }
}
