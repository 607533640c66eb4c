namespace SynthAudit.Testing;

/// <summary>Locates the repository's <c>fixtures/</c> folder from a test's working directory.</summary>
public static class Fixtures
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The absolute path of <c>fixtures/</c>.</summary>
    public static string Root => s_root.Value;

    /// <summary>The absolute path of a file under <c>fixtures/</c>, e.g. <c>Fixtures.Path("adult", "train.csv")</c>.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "fixtures");
            if (Directory.Exists(candidate) && File.Exists(System.IO.Path.Combine(dir.FullName, "SynthAudit.sln")))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        throw new DirectoryNotFoundException("fixtures/ not found above " + AppContext.BaseDirectory);
    }
}
