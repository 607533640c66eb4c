using System.Buffers.Binary;
using System.Security.Cryptography;

namespace SynthAudit.Generation.Privacy;

/// <summary>A deterministic bit stream for reproducible tests: AES-256 in counter mode keyed by the seed (a CTR-DRBG).</summary>
/// <remarks>Key = SHA-256("synthaudit-dp" ‖ seed as 8 little-endian bytes); block i = AES-256(key, i as a 128-bit
/// little-endian counter), generated 4 KiB at a time. Whoever knows the seed can regenerate the noise, so a seeded run is
/// NOT private.</remarks>
public sealed class SeededDpRandom : IDpRandom, IDisposable
{
    private const int BufferBytes = 4096;
    private readonly Aes _aes;
    private readonly byte[] _counters = new byte[BufferBytes];
    private readonly byte[] _buffer = new byte[BufferBytes];
    private ulong _counter;
    private int _position = BufferBytes;

    /// <summary>Creates the stream for <paramref name="seed"/>.</summary>
    public SeededDpRandom(long seed)
    {
        var material = new byte[21];
        "synthaudit-dp"u8.CopyTo(material);
        BinaryPrimitives.WriteInt64LittleEndian(material.AsSpan(13), seed);
        _aes = Aes.Create();
        _aes.Key = SHA256.HashData(material);
    }

    /// <inheritdoc />
    public bool IsSeeded => true;

    /// <inheritdoc />
    public ulong NextUInt64()
    {
        if (_position + 8 > BufferBytes)
        {
            for (var b = 0; b < BufferBytes; b += 16)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(_counters.AsSpan(b), _counter++);
            }

            _aes.EncryptEcb(_counters, _buffer, PaddingMode.None);
            _position = 0;
        }

        var value = BinaryPrimitives.ReadUInt64LittleEndian(_buffer.AsSpan(_position));
        _position += 8;
        return value;
    }

    /// <inheritdoc />
    public void Dispose() => _aes.Dispose();
}
