using System.Buffers.Binary;
using System.Security.Cryptography;

namespace SynthAudit.Generation.Privacy;

/// <summary>Uniform bits from the operating system's cryptographically secure generator (the only source for private runs).</summary>
public sealed class OsDpRandom : IDpRandom
{
    private readonly byte[] _buffer = new byte[4096];
    private int _position = 4096;

    /// <inheritdoc />
    public bool IsSeeded => false;

    /// <inheritdoc />
    public ulong NextUInt64()
    {
        if (_position + 8 > _buffer.Length)
        {
            RandomNumberGenerator.Fill(_buffer);
            _position = 0;
        }

        var value = BinaryPrimitives.ReadUInt64LittleEndian(_buffer.AsSpan(_position));
        _position += 8;
        return value;
    }
}
