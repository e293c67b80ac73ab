namespace ContractGen.Readers.OpenApi.Loading;

/// <summary>
/// One string instance per distinct short UTF-8 token (object keys, and values such as "string" or
/// "application/json"), so a large description does not hold a million copies of "type" and "description". A
/// direct-mapped table: a slot holds the last token that hashed to it, a miss just decodes.
/// </summary>
internal sealed class Utf8StringCache
{
    public const int MaxLength = 48;
    private const int Slots = 1 << 14;

    private readonly byte[]?[] _bytes = new byte[Slots][];
    private readonly string?[] _strings = new string[Slots];

    /// <summary>The string of a token seen before; otherwise false and the slot to <see cref="Store"/> it in.</summary>
    public bool TryGet(ReadOnlySpan<byte> utf8, out string value, out int slot)
    {
        slot = (int)(Hash(utf8) & (Slots - 1));
        if (_bytes[slot] is { } known && utf8.SequenceEqual(known))
        {
            value = _strings[slot]!;
            return true;
        }

        value = "";
        return false;
    }

    /// <summary>Remembers a decoded token (decoded by the caller, which keeps the caller's error behaviour).</summary>
    public void Store(int slot, ReadOnlySpan<byte> utf8, string value)
    {
        _bytes[slot] = utf8.ToArray();
        _strings[slot] = value;
    }

    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        var h = 2166136261u;
        foreach (var b in utf8)
        {
            h = (h ^ b) * 16777619u;
        }

        return h;
    }
}
