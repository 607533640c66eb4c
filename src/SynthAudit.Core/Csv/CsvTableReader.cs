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
        if (Directory.Exists(path))
        {
            throw new InputException(path, "is a folder, not a file");
        }

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
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount,
        };

        try
        {
            return ReadRecords(stream, displayPath, readerOptions, tokens, lines, capacity, parallel);
        }
        catch (CsvFormatException)
        {
            // A quoted field after padding (a, "b, c") is malformed without trimming, which costs every field; such
            // files are rare, so only they are read again with it.
            readerOptions = readerOptions with { TrimWhitespace = true };
            stream.Position = lines.Origin;
        }

        try
        {
            return ReadRecords(stream, displayPath, readerOptions, tokens, lines, capacity, parallel);
        }
        catch (CsvFormatException ex)
        {
            throw new InputException(displayPath, "malformed CSV quoting (a quote must open and close a whole field; a quote inside a quoted field is written twice)",
                LineOfFormatError(stream, lines, readerOptions), inner: ex);
        }
    }

    /// <summary>Reads the records in batches: while the columns of one batch are parsed (in parallel), the next is read.</summary>
    private static CsvFile ReadRecords(Stream stream, string displayPath, CsvReaderOptions readerOptions, CsvMissingTokens tokens,
        CsvLineLocator lines, int capacity, ParallelOptions parallel)
    {
        using var reader = CsvReader.Create(stream, readerOptions, leaveOpen: true);
        var header = reader.Headers;
        if (header.Count == 0)
        {
            throw new InputException(displayPath, "the file is empty (a header row is required)");
        }

        var builders = CreateBuilders(displayPath, header, tokens, lines, capacity);
        CsvRecordBatch[] batches = [new(builders.Length), new(builders.Length)];
        var current = 0;
        var rows = 0;
        Task? pending = null;
        try
        {
            while (reader.Read())
            {
                var batch = batches[current];
                if (reader.FieldCount != builders.Length)
                {
                    // Rows before the ragged one come first, so that the error reported is the first in the file.
                    var offset = reader.ByteOffset;
                    var fieldCount = reader.FieldCount;
                    Finish(ref pending);
                    ParseBatch(builders, batch, rows, parallel);
                    throw new InputException(displayPath, string.Create(CultureInfo.InvariantCulture,
                        $"ragged row: {fieldCount} fields where the header has {builders.Length}"), lines.LineOf(offset));
                }

                batch.Add(reader);
                if (batch.IsFull)
                {
                    Finish(ref pending);
                    var first = rows;
                    pending = Task.Run(() => ParseBatch(builders, batch, first, parallel));
                    rows += batch.Count;
                    current ^= 1;
                    batches[current].Clear();
                }
            }

            Finish(ref pending);
            ParseBatch(builders, batches[current], rows, parallel);
            rows += batches[current].Count;
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

            return new CsvFile(displayPath, [.. columns], rows, (char)readerOptions.Separator!);
        }
        catch (CsvFieldError error)
        {
            WaitQuietly(pending);
            throw new InputException(displayPath, error.Problem, lines.LineOf(error.Offset), error.Column);
        }
        finally
        {
            WaitQuietly(pending);
        }
    }

    /// <summary>Waits for the batch being parsed, rethrowing its error as is.</summary>
    private static void Finish(ref Task? pending)
    {
        var task = pending;
        pending = null;
        task?.GetAwaiter().GetResult();
    }

    /// <summary>Waits for the batch being parsed when leaving on another error (which wins).</summary>
    private static void WaitQuietly(Task? pending)
    {
        if (pending is null)
        {
            return;
        }

        try
        {
            pending.GetAwaiter().GetResult();
        }
        catch (CsvFieldError)
        {
            // An earlier error is already on its way out.
        }
    }

    /// <summary>Parses the columns of a batch, several at once; when columns fail, the error of the earliest row (then the
    /// leftmost column) is thrown, so the outcome does not depend on the number of threads.</summary>
    private static void ParseBatch(CsvColumnBuilder[] builders, CsvRecordBatch batch, int firstRow, ParallelOptions parallel)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var errors = new CsvFieldError?[builders.Length];
        var partitions = Math.Min(parallel.MaxDegreeOfParallelism, builders.Length);
        Parallel.For(0, partitions, parallel, p =>
        {
            for (var c = p; c < builders.Length; c += partitions)
            {
                try
                {
                    builders[c].AddBatch(batch, c, firstRow);
                }
                catch (CsvFieldError ex)
                {
                    errors[c] = ex;
                }
            }
        });

        CsvFieldError? first = null;
        foreach (var error in errors)
        {
            if (error is not null && (first is null || error.Row < first.Row))
            {
                first = error;
            }
        }

        if (first is not null)
        {
            throw first;
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
                if (lf == 0)
                {
                    // Only files with classic Mac line ends (CR alone) need the second count.
                    cr += span.Count((byte)'\r');
                }
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

            builders[i] = new CsvColumnBuilder(name, tokens, lines, capacity);
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
        if (Utf16Name(span) is { } utf16)
        {
            throw new InputException(path, "is " + utf16 + " text; save it as UTF-8 (for example 'CSV UTF-8' in Excel, or iconv -f UTF-16 -t UTF-8)");
        }

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

    /// <summary>Names the encoding when the bytes are UTF-16 or UTF-32 (a byte-order mark, or the NUL byte of every other
    /// byte that ASCII text has in UTF-16); null otherwise.</summary>
    private static string? Utf16Name(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return "UTF-32";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return "UTF-16 (little-endian)";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16 (big-endian)";
        }

        var pairs = Math.Min(head.Length / 2, 256);
        if (pairs < 2)
        {
            return null;
        }

        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < pairs; i++)
        {
            evenNul += head[2 * i] == 0 ? 1 : 0;
            oddNul += head[(2 * i) + 1] == 0 ? 1 : 0;
        }

        if (oddNul >= 0.9 * pairs && evenNul == 0)
        {
            return "UTF-16 (little-endian)";
        }

        return evenNul >= 0.9 * pairs && oddNul == 0 ? "UTF-16 (big-endian)" : null;
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
