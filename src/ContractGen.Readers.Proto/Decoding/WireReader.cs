namespace ContractGen.Readers.Proto.Decoding;

/// <summary>
/// Minimal protobuf wire-format reading over a byte span: tags, varints, length-delimited payloads. Every method
/// returns false on anything irregular (truncation, over-long varints, wire types 3–7) so callers can fall back to
/// Google.Protobuf's full parser, which then reports the problem exactly as before.
/// </summary>
internal ref struct WireReader(ReadOnlySpan<byte> data)
{
    public const int Varint = 0;
    public const int Fixed64 = 1;
    public const int Len = 2;
    public const int Fixed32 = 5;

    private readonly ReadOnlySpan<byte> _data = data;

    public int Position { get; private set; }

    public readonly bool AtEnd => Position >= _data.Length;

    /// <summary>The next field's number and wire type; false when the tag is malformed or zero.</summary>
    public bool TryReadTag(out int field, out int wireType)
    {
        field = 0;
        wireType = 0;
        if (!TryReadVarint(out var tag) || tag > uint.MaxValue || (tag >> 3) == 0)
        {
            return false;
        }

        field = (int)(tag >> 3);
        wireType = (int)(tag & 7);
        return true;
    }

    public bool TryReadVarint(out ulong value)
    {
        value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (Position >= _data.Length)
            {
                return false;
            }

            var b = _data[Position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return shift < 63 || b <= 1;
            }
        }

        return false;
    }

    /// <summary>A length-delimited payload as (offset, length) within the span.</summary>
    public bool TryReadLength(out int offset, out int length)
    {
        offset = 0;
        length = 0;
        if (!TryReadVarint(out var n) || n > int.MaxValue || (ulong)(_data.Length - Position) < n)
        {
            return false;
        }

        offset = Position;
        length = (int)n;
        Position += length;
        return true;
    }

    /// <summary>Skips a value of a scalar or length-delimited wire type; groups and invalid types are irregular.</summary>
    public bool TrySkip(int wireType)
    {
        switch (wireType)
        {
            case Varint:
                return TryReadVarint(out _);
            case Fixed64:
                return TryAdvance(8);
            case Len:
                return TryReadLength(out _, out _);
            case Fixed32:
                return TryAdvance(4);
            default:
                return false;
        }
    }

    private bool TryAdvance(int n)
    {
        if (_data.Length - Position < n)
        {
            return false;
        }

        Position += n;
        return true;
    }
}
