using SynthAudit.Testing;

namespace SynthAudit.Auditing.Tests;

/// <summary>Slices of the Adult fixture (train, holdout and a "synthetic" set of other train rows) in a temporary folder, small
/// enough for an audit to take seconds.</summary>
internal sealed class AdultSlices : IDisposable
{
    public AdultSlices(int trainRows = 1500, int holdoutRows = 700, int syntheticRows = 1200)
    {
        Dir = Directory.CreateTempSubdirectory("synthaudit-lib-").FullName;
        Train = Slice("train.csv", trainRows, 0, "train.csv");
        Holdout = Slice("holdout.csv", holdoutRows, 0, "holdout.csv");
        Synthetic = Slice("train.csv", syntheticRows, 5000, "synthetic.csv");
    }

    public string Dir { get; }

    public string Train { get; }

    public string Holdout { get; }

    public string Synthetic { get; }

    public string File(string name) => Path.Combine(Dir, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the OS cleans the temp folder.
        }
    }

    private string Slice(string source, int rows, int skip, string name)
    {
        var lines = System.IO.File.ReadLines(Fixtures.Path("adult", source)).ToList();
        var path = Path.Combine(Dir, name);
        System.IO.File.WriteAllLines(path, lines.Take(1).Concat(lines.Skip(1 + skip).Take(rows)));
        return path;
    }
}
