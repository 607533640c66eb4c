using SynthAudit.Core.IO;

namespace SynthAudit.Core.Tests.IO;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "synthaudit-atomic-" + Guid.NewGuid().ToString("N"));

    public AtomicFileTests()
    {
        Directory.CreateDirectory(_dir);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Write_WriterThrows_LeavesNoFileAndNoTemporary()
    {
        // Arrange
        var path = Path.Combine(_dir, "report.json");

        // Act
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.Write(new byte[100]);
            throw new InvalidOperationException("renderer failed");
        }));

        // Assert
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }

    [Fact]
    public void Write_WriterThrows_KeepsPreviousFile()
    {
        // Arrange
        var path = Path.Combine(_dir, "report.json");
        File.WriteAllText(path, "old");

        // Act
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, _ => throw new InvalidOperationException()));

        // Assert
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.EnumerateFileSystemEntries(_dir));
    }

    [Fact]
    public async Task WriteAsync_WriterThrows_LeavesNoFile()
    {
        // Arrange
        var path = Path.Combine(_dir, "report.html");

        // Act
        await Assert.ThrowsAsync<InvalidOperationException>(() => AtomicFile.WriteAsync(path, (_, _) => throw new InvalidOperationException(), CancellationToken.None));

        // Assert
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }

    [Fact]
    public void Write_Succeeds_ReplacesContentAndHashes()
    {
        // Arrange
        var path = Path.Combine(_dir, "a.txt");
        File.WriteAllText(path, "old");

        // Act
        AtomicFile.Write(path, s => s.Write("abc"u8));

        // Assert: SHA-256 of "abc" (FIPS 180-2 example)
        Assert.Equal("abc", File.ReadAllText(path));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", AtomicFile.Sha256(path));
        Assert.Single(Directory.EnumerateFileSystemEntries(_dir));
    }
}
