using System.Globalization;
using System.Text;
using CsvHelper;
using SynthAudit.Core.Errors;

namespace SynthAudit.Core.Csv;

/// <summary>Streams a CSV file into columns with CsvHelper, rejecting malformed input with a one-line error.</summary>
/// <remarks>Header required; delimiter detected among <c>,</c> <c>;</c> tab <c>|</c>; UTF-8 with or without BOM; RFC 4180
/// quoting (embedded delimiters and newlines); spaces and tabs around values ignored; invariant-culture numbers parsed
/// straight from the UTF-8 bytes; configurable missing tokens. The file is streamed, never held whole in memory: one pass
/// counts lines (to allocate each column once), the second reads the records.</remarks>
public static class CsvTableReader
{
    private static readonly char[] s_candidates = [',', ';', '\t', '|'];

    /// <summary>Reads a file.</summary>
    /// <exception cref="InputException">The file is missing, empty, not UTF-8 text, or malformed.</exception>
    public static CsvFile Read(string path, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException(path, "file not found");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return Read(stream, path, options);
        }
        catch (IOException ex)
        {
            throw new InputException(path, "cannot be read: " + ex.Message, inner: ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InputException(path, "cannot be read: permission denied", inner: ex);
        }
    }

    /// <summary>Reads CSV from a seekable stream; <paramref name="displayPath"/> names it in error messages.</summary>
    /// <exception cref="InputException">The content is empty, not UTF-8 text, or malformed.</exception>
    public static CsvFile Read(Stream stream, string displayPath, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(displayPath);
        options ??= CsvReadOptions.Default;
        var head = PeekHead(stream, displayPath);
        var delimiter = options.Delimiter ?? DetectDelimiter(head);
        var capacity = CountDataLines(stream);
        var tokens = new CsvMissingTokens(options.MissingTokens);
        var lines = new CsvLineLocator(stream);
        var readerOptions = CsvReaderOptions.Default with
        {
            Separator = delimiter,
            HasHeader = true,
            TrimWhitespace = false,
            TrackLineNumbers = false,
            SkipEmptyLines = true,
            DetectSeparatorHint = false,
            IncludeValuesInExceptions = false,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Throw,
        };

        try
        {
            using var reader = CsvReader.Create(stream, readerOptions, leaveOpen: true);
            var header = reader.Headers;
            if (header.Count == 0)
            {
                throw new InputException(displayPath, "the file is empty (a header row is required)");
            }

            var builders = CreateBuilders(displayPath, header, tokens, lines, capacity);
            var rows = 0;
            while (reader.Read())
            {
                var offset = reader.ByteOffset;
                if (reader.FieldCount != builders.Length)
                {
                    throw new InputException(displayPath, string.Create(CultureInfo.InvariantCulture,
                        $"ragged row: {reader.FieldCount} fields where the header has {builders.Length}"), lines.LineOf(offset));
                }

                for (var i = 0; i < builders.Length; i++)
                {
                    builders[i].Add(reader.GetSpan(i), rows, offset);
                }

                rows++;
            }

            if (rows == 0)
            {
                throw new InputException(displayPath, "the file has a header but no data rows", 1);
            }

            var columns = new CsvColumnData[builders.Length];
            for (var i = 0; i < builders.Length; i++)
            {
                columns[i] = builders[i].Build(rows);
                builders[i] = null!;
            }

            return new CsvFile(displayPath, [.. columns], rows, delimiter);
        }
        catch (CsvFormatException ex)
        {
            throw new InputException(displayPath, "malformed CSV quoting (a quote must open and close a whole field; a quote inside a quoted field is written twice)",
                LineOfFormatError(stream, lines, readerOptions), inner: ex);
        }
    }

    /// <summary>Reads the input again with line tracking (only after a format error, so that the fast path never pays for
    /// it) to find the line where the bad record starts.</summary>
    private static long? LineOfFormatError(Stream stream, CsvLineLocator lines, CsvReaderOptions options)
    {
        stream.Position = lines.Origin;
        try
        {
            using var reader = CsvReader.Create(stream, options with { TrackLineNumbers = true }, leaveOpen: true);
            while (reader.Read())
            {
            }
        }
        catch (CsvFormatException ex) when (ex.LineNumber > 0)
        {
            return ex.LineNumber;
        }

        return null;
    }

    /// <summary>Counts the lines of the rest of the stream, in blocks, and rewinds it: the lines after the header are an upper
    /// bound of the data rows (quoted line breaks and blank lines only lower the real count), so that columns are allocated
    /// once, at their final size in the usual case.</summary>
    private static int CountDataLines(Stream stream)
    {
        var start = stream.Position;
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            long lf = 0;
            long cr = 0;
            byte last = (byte)'\n';
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                var span = buffer.AsSpan(0, n);
                lf += span.Count((byte)'\n');
                cr += span.Count((byte)'\r');
                last = span[^1];
            }

            stream.Position = start;
            var lines = Math.Max(lf, cr) + (last is (byte)'\n' or (byte)'\r' ? 0 : 1);
            return (int)Math.Clamp(lines - 1, 1, Array.MaxLength);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static CsvColumnBuilder[] CreateBuilders(string path, IReadOnlyList<string> header, CsvMissingTokens tokens, CsvLineLocator lines, int capacity)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var builders = new CsvColumnBuilder[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (name.Length == 0)
            {
                throw new InputException(path, string.Create(CultureInfo.InvariantCulture, $"header field {i + 1} is empty (every column needs a name)"), 1);
            }

            if (name.Contains('\uFFFD', StringComparison.Ordinal))
            {
                throw new InputException(path, "is not valid UTF-8 text (save the file as UTF-8)", 1);
            }

            if (!seen.Add(name))
            {
                throw new InputException(path, "duplicate column name in the header", 1, name);
            }

            builders[i] = new CsvColumnBuilder(path, name, tokens, lines, capacity);
        }

        return builders;
    }

    /// <summary>Reads the first bytes to reject binary and empty files and to find the header line; rewinds the stream.</summary>
    private static string PeekHead(Stream stream, string path)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable.", nameof(stream));
        }

        var buffer = new byte[8192];
        var n = 0;
        int read;
        while (n < buffer.Length && (read = stream.Read(buffer, n, buffer.Length - n)) > 0)
        {
            n += read;
        }

        stream.Seek(-n, SeekOrigin.Current);
        var span = buffer.AsSpan(0, n);
        if (span.IndexOf((byte)0) >= 0)
        {
            throw new InputException(path, "is not a text file (it contains NUL bytes)");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        var text = Encoding.UTF8.GetString(span);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException(path, "the file is empty (a header row is required)");
        }

        text = text.TrimStart('\r', '\n');
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    private static char DetectDelimiter(string headerLine)
    {
        var best = ',';
        var bestCount = 0;
        foreach (var c in s_candidates)
        {
            var count = 0;
            var quoted = false;
            foreach (var ch in headerLine)
            {
                if (ch == '"')
                {
                    quoted = !quoted;
                }
                else if (ch == c && !quoted)
                {
                    count++;
                }
            }

            if (count > bestCount)
            {
                best = c;
                bestCount = count;
            }
        }

        return best;
    }
}
