using System.Text;
using ContractGen.Model;
using ContractGen.Readers.Proto.Decoding;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>
/// Locations and comments of one file, keyed by descriptor path ("4.0.2.1" = message 0, field 1), read from the
/// serialized SourceCodeInfo (<see cref="LocationTable"/>). Built only for the user's own files, which keeps big corpora cheap.
/// </summary>
internal sealed class SourceIndex
{
    private readonly LocationTable _locations;
    private readonly string _file;

    private SourceIndex(string file, LocationTable locations)
    {
        _file = file;
        _locations = locations;
    }

    /// <summary>From a decoded SourceCodeInfo (serialized once more and read like the lazily decoded form).</summary>
    public static SourceIndex Build(string displayPath, SourceCodeInfo? info) =>
        new(displayPath, info is null ? LocationTable.Empty : LocationTable.Read(info.ToByteArray()));

    /// <summary>From the serialized SourceCodeInfo that <see cref="DescriptorSetLoader"/> kept undecoded.</summary>
    public static SourceIndex FromBytes(string displayPath, ReadOnlyMemory<byte> info) =>
        new(displayPath, info.IsEmpty ? LocationTable.Empty : LocationTable.Read(info));

    public static SourceIndex Empty(string displayPath) => new(displayPath, LocationTable.Empty);

    public bool Has(string path) => _locations.Find(path) is not null;

    /// <summary>1-based span of the element at <paramref name="path"/>, or the file with line 0 when unknown.</summary>
    public SourceSpan Span(string path) =>
        _locations.Find(path) is { SpanCount: >= 3 } loc
            ? new SourceSpan(_file, loc.StartLine + 1, loc.StartColumn + 1)
            : new SourceSpan(_file, 0, 0);

    /// <summary>1-based first and last line of the element at <paramref name="path"/>, or null when unknown.</summary>
    public (int Start, int End)? Lines(string path) =>
        _locations.Find(path) is { SpanCount: >= 3 } loc
            ? (loc.StartLine + 1, loc.EndLine + 1)
            : null;

    /// <summary>Leading and trailing comments, one space of indentation removed from each line.</summary>
    public Docs Docs(string path)
    {
        if (_locations.Find(path) is not { } loc)
        {
            return Model.Docs.Empty;
        }

        var leading = Clean(loc.LeadingComments);
        var trailing = Clean(loc.TrailingComments);
        var text = leading is null ? trailing : trailing is null ? leading : leading + "\n" + trailing;
        return text is null ? Model.Docs.Empty : new Docs(null, text);
    }

    /// <summary>
    /// The comment decoded from UTF-8 and cleaned in one go: CRLF → LF; per line, one leading space dropped and
    /// trailing white space trimmed; blank lines at both ends dropped; null when it is only white space.
    /// </summary>
    private static string? Clean(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return null;
        }

        var rented = System.Buffers.ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(utf8.Length));
        try
        {
            var chars = rented.AsSpan(0, Encoding.UTF8.GetChars(utf8, rented));
            return chars.IsWhiteSpace() ? null : Clean(chars, rented);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Cleans <paramref name="text"/> in place (the result is never longer than the text).</summary>
    private static string Clean(ReadOnlySpan<char> text, char[] into)
    {
        var n = 0;
        while (true)
        {
            var end = text.IndexOf('\n');
            var line = end < 0 ? text : text[..end];
            if (line.Length > 0 && line[^1] == '\r' && end >= 0)
            {
                line = line[..^1];
            }

            if (line.Length > 0 && line[0] == ' ')
            {
                line = line[1..];
            }

            line = line.TrimEnd();
            line.CopyTo(into.AsSpan(n));
            n += line.Length;
            if (end < 0)
            {
                break;
            }

            into[n++] = '\n';
            text = text[(end + 1)..];
        }

        return new string(into.AsSpan(0, n).Trim('\n'));
    }
}
