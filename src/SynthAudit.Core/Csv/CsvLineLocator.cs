namespace SynthAudit.Core.Csv;

/// <summary>Turns a byte offset of a seekable CSV stream into its 1-based physical line, only when an error needs one.</summary>
/// <remarks>Counting lines while reading costs every record a scan for line breaks; errors are rare, so the reader keeps
/// byte offsets and counts the line breaks before an offset afterwards (CR, LF and CR LF each end one line).</remarks>
internal sealed class CsvLineLocator
{
    private readonly Stream _stream;

    public CsvLineLocator(Stream stream)
    {
        _stream = stream;
        Origin = stream.Position;
    }

    /// <summary>The stream position where the CSV input starts.</summary>
    public long Origin { get; }

    /// <summary>The line that contains the byte at <paramref name="offset"/> (counted from where reading started).</summary>
    public long LineOf(long offset)
    {
        var position = _stream.Position;
        try
        {
            _stream.Position = Origin;
            var buffer = new byte[1 << 16];
            long line = 1;
            long remaining = offset;
            var previousCr = false;
            while (remaining > 0)
            {
                var n = _stream.Read(buffer, 0, (int)Math.Min(buffer.Length, remaining));
                if (n <= 0)
                {
                    break;
                }

                for (var i = 0; i < n; i++)
                {
                    var b = buffer[i];
                    if (b == (byte)'\n')
                    {
                        if (!previousCr)
                        {
                            line++;
                        }

                        previousCr = false;
                    }
                    else
                    {
                        if (b == (byte)'\r')
                        {
                            line++;
                        }

                        previousCr = b == (byte)'\r';
                    }
                }

                remaining -= n;
            }

            return line;
        }
        finally
        {
            _stream.Position = position;
        }
    }
}
