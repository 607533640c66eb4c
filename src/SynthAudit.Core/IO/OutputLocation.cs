using SynthAudit.Core.Errors;

namespace SynthAudit.Core.IO;

/// <summary>Checks an output folder or file before any work starts, so that a path that cannot be written fails at once with
/// one line (exit 2) instead of after a long run, and leaves nothing behind.</summary>
/// <remarks>Writability is probed by creating and deleting a hidden file in the nearest existing folder, not by reading
/// permission bits: bits do not bind root, and a read-only mount or an ACL is only seen by trying. A folder that does not
/// exist yet is not created here; the run creates it when it writes.</remarks>
public static class OutputLocation
{
    /// <summary>Checks that <paramref name="path"/> is a folder that exists and can be written, or can be created.</summary>
    /// <param name="path">The output folder as the user gave it.</param>
    /// <param name="option">The option that named it, e.g. <c>--out</c>.</param>
    /// <param name="fileNames">File names the run will write inside the folder; each must not be an existing folder.</param>
    /// <exception cref="ConfigException">The path is a file, lies under a file, or its folder cannot be written.</exception>
    public static void CheckFolder(string path, string option, params IEnumerable<string> fileNames)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(fileNames);
        var full = Full(path, option);
        if (File.Exists(full))
        {
            throw new ConfigException(null, option, "'" + path + "' is an existing file; give a folder");
        }

        CheckWritableFolder(full, path, option);
        foreach (var name in fileNames)
        {
            if (Directory.Exists(Path.Combine(full, name)))
            {
                throw new ConfigException(null, option, "'" + Path.Combine(path, name) + "' is a folder, but a file of that name must be written there");
            }
        }
    }

    /// <summary>Checks that <paramref name="path"/> names a file that can be written: not a folder, in a folder that exists
    /// and can be written (or can be created), and not a read-only file.</summary>
    /// <param name="path">The output file as the user gave it.</param>
    /// <param name="option">The option that named it, e.g. <c>--junit</c>.</param>
    /// <exception cref="ConfigException">The path is a folder, lies under a file, its folder cannot be written, or the file
    /// exists and cannot be overwritten.</exception>
    public static void CheckFile(string path, string option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var full = Full(path, option);
        if (Directory.Exists(full))
        {
            throw new ConfigException(null, option, "'" + path + "' is a folder; give a file name");
        }

        if (full.EndsWith(Path.DirectorySeparatorChar) || full.EndsWith(Path.AltDirectorySeparatorChar))
        {
            throw new ConfigException(null, option, "'" + path + "' ends with a path separator; give a file name");
        }

        var folder = Path.GetDirectoryName(full)!;
        CheckWritableFolder(folder, path, option);
        if (File.Exists(full))
        {
            try
            {
                // Opening for writing without truncating changes nothing; it fails on a read-only file.
                using var probe = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                throw new ConfigException(null, option, "'" + path + "' exists and cannot be overwritten (" + Reason(ex) + ")");
            }
        }
    }

    private static string Full(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ConfigException(null, option, "needs a path");
        }

        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ConfigException(null, option, "'" + path + "' is not a valid path");
        }
    }

    /// <summary>Finds the nearest existing folder at or above <paramref name="full"/> and probes that it can be written.</summary>
    private static void CheckWritableFolder(string full, string shown, string option)
    {
        var current = full;
        while (!Directory.Exists(current))
        {
            if (File.Exists(current))
            {
                throw new ConfigException(null, option, "'" + shown + "' lies under '" + current + "', which is a file, not a folder");
            }

            var parent = Path.GetDirectoryName(current);
            if (parent is null)
            {
                throw new ConfigException(null, option, "'" + shown + "' has no existing parent folder");
            }

            current = parent;
        }

        var probe = Path.Combine(current, ".synthaudit-probe." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + "." + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            var where = string.Equals(current, full, StringComparison.Ordinal) ? "'" + shown + "'" : "'" + current + "' (where '" + shown + "' would be created)";
            throw new ConfigException(null, option, "cannot write into " + where + ": " + Reason(ex));
        }
        finally
        {
            if (File.Exists(probe))
            {
                File.Delete(probe);
            }
        }
    }

    private static string Reason(Exception ex) => ex is UnauthorizedAccessException
        ? "permission denied"
        : ex.Message.Contains("Read-only", StringComparison.OrdinalIgnoreCase) ? "read-only file system" : "the file system refused";
}
