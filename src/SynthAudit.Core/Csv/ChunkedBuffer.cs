namespace SynthAudit.Core.Csv;

/// <summary>An append-only buffer in fixed-size chunks, so that growing never copies (peak memory stays at 2× the data).</summary>
internal sealed class ChunkedBuffer<T>
{
    private const int ChunkSize = 1 << 16;
    private readonly List<T[]> _chunks = [];
    private T[] _current = [];
    private int _used = ChunkSize;

    public int Count { get; private set; }

    public void Add(T value)
    {
        if (_used == ChunkSize)
        {
            _current = new T[ChunkSize];
            _chunks.Add(_current);
            _used = 0;
        }

        _current[_used++] = value;
        Count++;
    }

    public T[] ToArray()
    {
        var result = new T[Count];
        var offset = 0;
        foreach (var chunk in _chunks)
        {
            var n = Math.Min(ChunkSize, Count - offset);
            Array.Copy(chunk, 0, result, offset, n);
            offset += n;
        }

        return result;
    }

    public void Clear()
    {
        _chunks.Clear();
        _current = [];
        _used = ChunkSize;
        Count = 0;
    }
}
