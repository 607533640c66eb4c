using SynthAudit.Core.Errors;
using SynthAudit.Core.IO;

namespace SynthAudit.Core.Tests.IO;

public sealed class OutputLocationTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "synthaudit-outloc-" + Guid.NewGuid().ToString("N"));

    public OutputLocationTests()
    {
        Directory.CreateDirectory(_dir);
    }

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            foreach (var d in Directory.EnumerateDirectories(_dir, "*", SearchOption.AllDirectories))
            {
                File.SetUnixFileMode(d, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void CheckFolder_NewNestedFolder_PassesAndCreatesNothing()
    {
        // Arrange
        var path = Path.Combine(_dir, "a", "b");

        // Act
        OutputLocation.CheckFolder(path, "--out");

        // Assert
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }

    [Fact]
    public void CheckFolder_ExistingFile_ThrowsNamingOption()
    {
        // Arrange
        var path = Path.Combine(_dir, "f");
        File.WriteAllText(path, "x");

        // Act
        var ex = Assert.Throws<ConfigException>(() => OutputLocation.CheckFolder(path, "--out"));

        // Assert
        Assert.Equal("'--out': '" + path + "' is an existing file; give a folder", ex.Message);
        Assert.Equal(2, ex.ExitCode);
    }

    [Fact]
    public void CheckFolder_UnderAFile_ThrowsNamingTheFile()
    {
        // Arrange
        var file = Path.Combine(_dir, "f");
        File.WriteAllText(file, "x");

        // Act
        var ex = Assert.Throws<ConfigException>(() => OutputLocation.CheckFolder(Path.Combine(file, "x", "y"), "--out-dir"));

        // Assert
        Assert.Contains("lies under '" + file + "', which is a file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFolder_FileNameTakenByAFolder_Throws()
    {
        // Arrange
        Directory.CreateDirectory(Path.Combine(_dir, "audit.json"));

        // Act / Assert
        Assert.Throws<ConfigException>(() => OutputLocation.CheckFolder(_dir, "--out", "audit.json"));
    }

    [Fact]
    public void CheckFile_Folder_ThrowsSayingItIsAFolder()
    {
        // Act
        var ex = Assert.Throws<ConfigException>(() => OutputLocation.CheckFile(_dir, "--junit"));

        // Assert
        Assert.Contains("is a folder; give a file name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFolder_ReadOnlyFolder_ThrowsUnlessTheProbeCanWrite()
    {
        // Arrange: permission bits do not bind root, so the expectation follows what a real write does.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var readOnly = Directory.CreateDirectory(Path.Combine(_dir, "ro")).FullName;
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        bool writable;
        try
        {
            File.WriteAllText(Path.Combine(readOnly, "probe"), "x");
            File.Delete(Path.Combine(readOnly, "probe"));
            writable = true;
        }
        catch (UnauthorizedAccessException)
        {
            writable = false;
        }

        // Act
        var ex = Record.Exception(() => OutputLocation.CheckFolder(Path.Combine(readOnly, "out"), "--out"));

        // Assert
        if (writable)
        {
            Assert.Null(ex);
        }
        else
        {
            Assert.Contains("cannot write into", Assert.IsType<ConfigException>(ex).Message, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(readOnly));
    }
}
