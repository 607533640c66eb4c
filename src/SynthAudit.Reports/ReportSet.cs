using System.Security.Cryptography;

namespace SynthAudit.Reports;

/// <summary>The files of one run (every format of a report, a comparison and each candidate's audit.json), rendered in
/// memory and written as a whole: staged in a temporary folder inside the output folder, then moved into place, so a run
/// leaves either all of its files or none, and no stale file of the same name beside the new ones.</summary>
public sealed class ReportSet
{
    private readonly List<(string Format, string RelativePath, byte[] Bytes)> _files = [];
    private readonly List<string> _retired = [];

    /// <summary>The relative paths of the files added so far, in order.</summary>
    public IReadOnlyList<string> Paths => [.. _files.Select(f => f.RelativePath)];

    /// <summary>Adds a file; a later file with the same relative path replaces it.</summary>
    /// <param name="format">The format name recorded in <see cref="WrittenFile.Format"/>.</param>
    /// <param name="relativePath">The path relative to the output folder, e.g. <c>audit.json</c> or <c>gen-a/audit.json</c>.</param>
    /// <param name="bytes">The file's bytes.</param>
    public void Add(string format, string relativePath, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(bytes);
        var path = Check(relativePath);
        _files.RemoveAll(f => string.Equals(f.RelativePath, path, StringComparison.Ordinal));
        _files.Add((format, path, bytes));
    }

    /// <summary>Names a file of this run that must not survive it (the same report name in a format not written this time);
    /// it is deleted when the set is written, unless the set writes it.</summary>
    public void Retire(string relativePath) => _retired.Add(Check(relativePath));

    /// <summary>Writes every file into <paramref name="outDir"/> (created if missing) and deletes the retired ones.</summary>
    /// <returns>The files written, in the order they were added, with the SHA-256 of their bytes.</returns>
    /// <remarks>All files are first written and flushed into a hidden staging folder in <paramref name="outDir"/>; only then
    /// are they moved into place (a rename on the same volume). If a move fails, the files already moved are put back to
    /// what was there before. The staging folder is always removed.</remarks>
    public IReadOnlyList<WrittenFile> WriteTo(string outDir)
    {
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        var root = Path.GetFullPath(outDir);
        Directory.CreateDirectory(root);
        var stage = Path.Combine(root, ".synthaudit-staging." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + "." + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(stage);
        try
        {
            var staged = new List<(string Staged, string Target)>();
            for (var i = 0; i < _files.Count; i++)
            {
                var file = Path.Combine(stage, i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".new");
                using (var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    stream.Write(_files[i].Bytes);
                    stream.Flush(flushToDisk: true);
                }

                staged.Add((file, Path.Combine(root, _files[i].RelativePath)));
            }

            var written = new HashSet<string>(staged.Select(s => s.Target), StringComparer.Ordinal);
            var retired = _retired.Select(r => Path.Combine(root, r)).Where(r => !written.Contains(r) && File.Exists(r))
                .Distinct(StringComparer.Ordinal).ToList();
            Commit(stage, staged, retired);
            return [.. _files.Select((f, i) => new WrittenFile(f.Format, staged[i].Target, Convert.ToHexStringLower(SHA256.HashData(f.Bytes))))];
        }
        finally
        {
            Directory.Delete(stage, recursive: true);
        }
    }

    /// <summary>Moves the staged files over their targets and the retired files out of the way, keeping each previous
    /// file in the staging folder until everything is in place, so a failure can restore the previous state.</summary>
    private static void Commit(string stage, List<(string Staged, string Target)> staged, List<string> retired)
    {
        var undo = new List<(string Target, string? Backup)>();
        try
        {
            foreach (var (file, target) in staged)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                string? backup = null;
                if (File.Exists(target))
                {
                    backup = Path.Combine(stage, undo.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".old");
                    File.Replace(file, target, backup, ignoreMetadataErrors: true);
                }
                else
                {
                    File.Move(file, target);
                }

                undo.Add((target, backup));
            }

            foreach (var target in retired)
            {
                var backup = Path.Combine(stage, undo.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".old");
                File.Move(target, backup);
                undo.Add((target, backup));
            }
        }
        catch
        {
            for (var i = undo.Count - 1; i >= 0; i--)
            {
                var (target, backup) = undo[i];
                if (backup is null)
                {
                    File.Delete(target);
                }
                else
                {
                    File.Move(backup, target, overwrite: true);
                }
            }

            throw;
        }
    }

    private static string Check(string relativePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        if (Path.IsPathRooted(relativePath) || relativePath.Split('/', '\\').Any(p => p is ".." or "." or ""))
        {
            throw new ArgumentException("'" + relativePath + "' is not a plain path inside the output folder", nameof(relativePath));
        }

        return relativePath;
    }
}
