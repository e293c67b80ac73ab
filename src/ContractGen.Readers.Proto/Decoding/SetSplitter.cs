using System.Text.Unicode;

namespace ContractGen.Readers.Proto.Decoding;

/// <summary>One file entry of a serialized FileDescriptorSet: its bytes without source_code_info, and that field's payload.</summary>
internal sealed record FileSlice(byte[] WithoutSourceInfo, ReadOnlyMemory<byte> SourceInfo);

/// <summary>
/// Splits a serialized FileDescriptorSet into its file entries, cutting each file's <c>source_code_info</c> (field 9)
/// out so it can be decoded lazily (and only for the files whose locations are used). The cut-out bytes are checked
/// here at the wire level (tags, lengths, UTF-8 of the comment strings), so a set is either split cleanly or left to
/// Google.Protobuf's full parser: null means "irregular, parse it the ordinary way".
/// </summary>
internal static class SetSplitter
{
    private const int SetFile = 1;
    private const int FileSourceCodeInfo = 9;

    public static List<FileSlice>? Split(byte[] set)
    {
        var files = new List<FileSlice>();
        var r = new WireReader(set);
        while (!r.AtEnd)
        {
            if (!r.TryReadTag(out var field, out var wireType) || field != SetFile || wireType != WireReader.Len ||
                !r.TryReadLength(out var offset, out var length) || SplitFile(set, offset, length) is not { } slice)
            {
                return null;
            }

            files.Add(slice);
        }

        return files;
    }

    /// <summary>The file's fields except field 9, re-framed as a one-file set (so nesting limits count as in a whole set).</summary>
    private static FileSlice? SplitFile(byte[] set, int offset, int length)
    {
        var file = new ReadOnlySpan<byte>(set, offset, length);
        var kept = new List<(int Start, int Length)>();
        var info = new List<(int Start, int Length)>();
        var r = new WireReader(file);
        while (!r.AtEnd)
        {
            var start = r.Position;
            if (!r.TryReadTag(out var field, out var wireType))
            {
                return null;
            }

            if (field == FileSourceCodeInfo && wireType == WireReader.Len)
            {
                if (!r.TryReadLength(out var at, out var n) || !IsValidSourceInfo(file.Slice(at, n)))
                {
                    return null;
                }

                info.Add((offset + at, n));
                continue;
            }

            if (!r.TrySkip(wireType))
            {
                return null;
            }

            kept.Add((offset + start, r.Position - start));
        }

        var keptLength = kept.Sum(k => k.Length);
        var bytes = new byte[1 + VarintSize((uint)keptLength) + keptLength];
        bytes[0] = (SetFile << 3) | WireReader.Len;
        var pos = WriteVarint(bytes, 1, (uint)keptLength);
        foreach (var (start, n) in kept)
        {
            Buffer.BlockCopy(set, start, bytes, pos, n);
            pos += n;
        }

        return new FileSlice(bytes, Concat(set, info));
    }

    /// <summary>Repeated occurrences of a message field merge, which for serialized bytes is concatenation.</summary>
    private static ReadOnlyMemory<byte> Concat(byte[] set, List<(int Start, int Length)> parts)
    {
        if (parts.Count == 0)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        if (parts.Count == 1)
        {
            return new ReadOnlyMemory<byte>(set, parts[0].Start, parts[0].Length);
        }

        var joined = new byte[parts.Sum(p => p.Length)];
        var pos = 0;
        foreach (var (start, n) in parts)
        {
            Buffer.BlockCopy(set, start, joined, pos, n);
            pos += n;
        }

        return joined;
    }

    /// <summary>SourceCodeInfo: repeated Location (1); every other field is skipped the way the generated parser skips it.</summary>
    private static bool IsValidSourceInfo(ReadOnlySpan<byte> info)
    {
        var r = new WireReader(info);
        while (!r.AtEnd)
        {
            if (!r.TryReadTag(out var field, out var wireType))
            {
                return false;
            }

            if (field == 1 && wireType == WireReader.Len)
            {
                if (!r.TryReadLength(out var at, out var n) || !IsValidLocation(info.Slice(at, n)))
                {
                    return false;
                }
            }
            else if (!r.TrySkip(wireType))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Location: path (1) and span (2) as packed or single varints, comments (3, 4, 6) as UTF-8 strings.</summary>
    private static bool IsValidLocation(ReadOnlySpan<byte> location)
    {
        var r = new WireReader(location);
        while (!r.AtEnd)
        {
            if (!r.TryReadTag(out var field, out var wireType))
            {
                return false;
            }

            var ok = (field, wireType) switch
            {
                (1 or 2, WireReader.Len) => r.TryReadLength(out var at, out var n) && IsVarintRun(location.Slice(at, n)),
                (3 or 4 or 6, WireReader.Len) => r.TryReadLength(out var at, out var n) && Utf8.IsValid(location.Slice(at, n)),
                (1 or 2 or 3 or 4 or 6, _) => false,
                _ => r.TrySkip(wireType),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVarintRun(ReadOnlySpan<byte> packed)
    {
        var r = new WireReader(packed);
        while (!r.AtEnd)
        {
            if (!r.TryReadVarint(out _))
            {
                return false;
            }
        }

        return true;
    }

    private static int VarintSize(uint value)
    {
        var size = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            size++;
        }

        return size;
    }

    private static int WriteVarint(byte[] into, int pos, uint value)
    {
        while (value >= 0x80)
        {
            into[pos++] = (byte)(value | 0x80);
            value >>= 7;
        }

        into[pos++] = (byte)value;
        return pos;
    }
}
