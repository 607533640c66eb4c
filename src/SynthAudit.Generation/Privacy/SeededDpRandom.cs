using System.Buffers.Binary;
using System.Security.Cryptography;

namespace SynthAudit.Generation.Privacy;

/// <summary>A deterministic bit stream for reproducible tests: HMAC-SHA256 in counter mode keyed by the seed.</summary>
/// <remarks>Block i = HMAC-SHA256(key = "synthaudit-dp" ‖ seed, message = i as 8 little-endian bytes). Whoever knows the
/// seed can regenerate the noise, so a seeded run is NOT private.</remarks>
public sealed class SeededDpRandom : IDpRandom
{
    private readonly HMACSHA256 _mac;
    private readonly byte[] _block = new byte[32];
    private readonly byte[] _counterBytes = new byte[8];
    private ulong _counter;
    private int _position = 32;

    /// <summary>Creates the stream for <paramref name="seed"/>.</summary>
    public SeededDpRandom(long seed)
    {
        var key = new byte[21];
        "synthaudit-dp"u8.CopyTo(key);
        BinaryPrimitives.WriteInt64LittleEndian(key.AsSpan(13), seed);
        _mac = new HMACSHA256(key);
    }

    /// <inheritdoc />
    public bool IsSeeded => true;

    /// <inheritdoc />
    public ulong NextUInt64()
    {
        if (_position + 8 > _block.Length)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(_counterBytes, _counter++);
            _mac.TryComputeHash(_counterBytes, _block, out _);
            _position = 0;
        }

        var value = BinaryPrimitives.ReadUInt64LittleEndian(_block.AsSpan(_position));
        _position += 8;
        return value;
    }
}
