using SynthAudit.Testing;

namespace SynthAudit.Cli.Tests.Audit;

/// <summary>Small slices of the Adult fixture written to a temporary folder, so CLI tests stay fast.</summary>
internal sealed class SmallAdult : IDisposable
{
    public SmallAdult(int trainRows = 1200, int holdoutRows = 600)
    {
        Dir = Directory.CreateTempSubdirectory("synthaudit-cli-").FullName;
        Train = Slice("train.csv", trainRows, 0);
        Holdout = Slice("holdout.csv", holdoutRows, 0);
        Synthetic = Slice("train.csv", trainRows, trainRows, "synthetic.csv");
    }

    public string Dir { get; }

    public string Train { get; }

    public string Holdout { get; }

    public string Synthetic { get; }

    public string Write(string name, string content)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Dir, recursive: true);

    private string Slice(string source, int rows, int skip, string? name = null)
    {
        var lines = File.ReadLines(Fixtures.Path("adult", source)).ToList();
        var path = Path.Combine(Dir, name ?? source);
        File.WriteAllLines(path, lines.Take(1).Concat(lines.Skip(1 + skip).Take(rows)));
        return path;
    }
}
