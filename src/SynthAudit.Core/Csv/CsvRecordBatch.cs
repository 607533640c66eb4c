using CsvHelper;

namespace SynthAudit.Core.Csv;

/// <summary>A block of records copied out of the reader (field bytes in one arena), so that columns can be parsed in
/// parallel while the reader itself stays single-threaded.</summary>
internal sealed class CsvRecordBatch
{
    /// <summary>The most records a batch holds.</summary>
    public const int Capacity = 4096;

    private readonly int _fieldCount;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly long[] _offsets = new long[Capacity];
    private byte[] _bytes = new byte[1 << 18];
    private int _used;

    public CsvRecordBatch(int fieldCount)
    {
        _fieldCount = fieldCount;
        _starts = new int[Capacity * fieldCount];
        _lengths = new int[Capacity * fieldCount];
    }

    /// <summary>The number of records held.</summary>
    public int Count { get; private set; }

    /// <summary>Whether the batch is full.</summary>
    public bool IsFull => Count == Capacity;

    /// <summary>Empties the batch.</summary>
    public void Clear()
    {
        Count = 0;
        _used = 0;
    }

    /// <summary>Copies the current record of <paramref name="reader"/> (which has the expected field count), without the
    /// spaces and tabs around unquoted values (inside quotes they are data).</summary>
    public void Add(CsvReader reader)
    {
        var slot = Count * _fieldCount;
        for (var i = 0; i < _fieldCount; i++)
        {
            var span = reader.GetSpan(i);
            if (span.Length > 0 && (IsBlank(span[0]) || IsBlank(span[^1])) && !IsQuoted(reader.GetRawSpan(i)))
            {
                span = span.Trim(" \t"u8);
            }

            if (_used + span.Length > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + span.Length));
            }

            span.CopyTo(_bytes.AsSpan(_used));
            _starts[slot + i] = _used;
            _lengths[slot + i] = span.Length;
            _used += span.Length;
        }

        _offsets[Count] = reader.ByteOffset;
        Count++;
    }

    private static bool IsBlank(byte b) => b is (byte)' ' or (byte)'\t';

    private static bool IsQuoted(ReadOnlySpan<byte> raw)
    {
        raw = raw.TrimStart(" \t"u8);
        return raw.Length > 0 && raw[0] == (byte)'"';
    }

    /// <summary>The bytes of field <paramref name="field"/> of record <paramref name="record"/>.</summary>
    public ReadOnlySpan<byte> Field(int record, int field)
    {
        var slot = (record * _fieldCount) + field;
        return _bytes.AsSpan(_starts[slot], _lengths[slot]);
    }

    /// <summary>The byte offset where record <paramref name="record"/> starts in the input.</summary>
    public long Offset(int record) => _offsets[record];
}
