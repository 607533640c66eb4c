namespace SynthAudit.Cli.Tests.Cli;

/// <summary>Finds the built <c>synthaudit.dll</c>: next to the test assembly (copied by the project reference), or under
/// <c>src/SynthAudit.Cli/bin</c>.</summary>
public static class BuiltBinary
{
    public static string Path
    {
        get
        {
            var beside = System.IO.Path.Combine(AppContext.BaseDirectory, "synthaudit.dll");
            if (File.Exists(beside) && File.Exists(System.IO.Path.Combine(AppContext.BaseDirectory, "synthaudit.runtimeconfig.json")))
            {
                return beside;
            }

            var root = System.IO.Path.GetDirectoryName(SynthAudit.Testing.Fixtures.Root)!;
            return Directory.GetFiles(System.IO.Path.Combine(root, "src", "SynthAudit.Cli", "bin"), "synthaudit.dll", SearchOption.AllDirectories)
                .OrderByDescending(File.GetLastWriteTimeUtc)
                .First();
        }
    }
}
