using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace SynthAudit.Core.Csv;

/// <summary>A hash table from UTF-8 field bytes to dense codes in order of first appearance.</summary>
/// <remarks>Looks fields up by their bytes, so that a repeated value costs a hash and a compare and never a string: strings
/// are made once per distinct value by the caller. Open addressing with linear probing over a power-of-two bucket array;
/// the keys live in one growing byte arena.</remarks>
internal sealed class Utf8LevelTable
{
    private int[] _buckets = new int[64];
    private int[] _hashes = new int[32];
    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];
    private byte[] _arena = new byte[1024];
    private int _arenaUsed;

    /// <summary>The number of distinct keys.</summary>
    public int Count { get; private set; }

    /// <summary>The code of <paramref name="key"/>, or -1 when it has not been added.</summary>
    public int Find(ReadOnlySpan<byte> key, out int hash)
    {
        hash = Hash(key);
        var mask = _buckets.Length - 1;
        var i = hash & mask;
        while (true)
        {
            var code = _buckets[i] - 1;
            if (code < 0)
            {
                return -1;
            }

            if (_hashes[code] == hash && _lengths[code] == key.Length && key.SequenceEqual(_arena.AsSpan(_starts[code], key.Length)))
            {
                return code;
            }

            i = (i + 1) & mask;
        }
    }

    /// <summary>Adds a key that <see cref="Find"/> did not find (with the hash it returned) and returns its code.</summary>
    public int Add(ReadOnlySpan<byte> key, int hash)
    {
        var code = Count;
        if (code == _hashes.Length)
        {
            Array.Resize(ref _hashes, code * 2);
            Array.Resize(ref _starts, code * 2);
            Array.Resize(ref _lengths, code * 2);
        }

        if (_arenaUsed + key.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + key.Length));
        }

        key.CopyTo(_arena.AsSpan(_arenaUsed));
        _hashes[code] = hash;
        _starts[code] = _arenaUsed;
        _lengths[code] = key.Length;
        _arenaUsed += key.Length;
        Count++;
        if (Count * 2 > _buckets.Length)
        {
            Rehash();
        }
        else
        {
            Insert(_buckets, code);
        }

        return code;
    }

    private void Insert(int[] buckets, int code)
    {
        var mask = buckets.Length - 1;
        var i = _hashes[code] & mask;
        while (buckets[i] != 0)
        {
            i = (i + 1) & mask;
        }

        buckets[i] = code + 1;
    }

    private void Rehash()
    {
        var buckets = new int[_buckets.Length * 2];
        for (var code = 0; code < Count; code++)
        {
            Insert(buckets, code);
        }

        _buckets = buckets;
    }

    /// <summary>A fast non-cryptographic hash of the bytes (8 at a time, multiply-xorshift mixing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<byte> key)
    {
        const ulong Prime = 0x9E3779B97F4A7C15UL;
        var h = (ulong)key.Length * Prime;
        while (key.Length >= 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * Prime;
            h ^= h >> 29;
            key = key[8..];
        }

        if (key.Length > 0)
        {
            ulong tail = 0;
            for (var i = 0; i < key.Length; i++)
            {
                tail |= (ulong)key[i] << (8 * i);
            }

            h = (h ^ tail) * Prime;
            h ^= h >> 29;
        }

        h *= Prime;
        return (int)(h >> 33);
    }
}
