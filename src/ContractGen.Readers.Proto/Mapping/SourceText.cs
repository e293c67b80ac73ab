using System.Text;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>
/// A .proto source kept as its UTF-8 bytes with the start of each line, searched without decoding it into strings (a
/// corpus of a thousand files is tens of MB of text, of which only the lines of some options are ever looked at). Lines
/// are split like <see cref="File.ReadAllLines(string)"/>: at CR LF, LF or CR, a UTF-8 byte order mark dropped.
/// </summary>
internal sealed class SourceText
{
    private readonly byte[] _bytes;
    private readonly List<(int Start, int Length)> _lines;

    private SourceText(byte[] bytes)
    {
        _bytes = bytes;
        _lines = new List<(int, int)>(bytes.Length / 32);
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        for (var i = start; i < bytes.Length; i++)
        {
            if (bytes[i] is (byte)'\n' or (byte)'\r')
            {
                _lines.Add((start, i - start));
                if (bytes[i] == '\r' && i + 1 < bytes.Length && bytes[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < bytes.Length)
        {
            _lines.Add((start, bytes.Length - start));
        }
    }

    public static SourceText Read(string path) => new(File.ReadAllBytes(path));

    public static SourceText FromBytes(byte[] bytes) => new(bytes);

    public int LineCount => _lines.Count;

    /// <summary>The 0-based UTF-16 column where <paramref name="utf8"/> first occurs on 1-based <paramref name="line"/>, or -1.
    /// The text searched for must start with an ASCII character (so a match starts on a character boundary).</summary>
    public int IndexOf(int line, ReadOnlySpan<byte> utf8)
    {
        var (start, length) = _lines[line - 1];
        var text = _bytes.AsSpan(start, length);
        var at = text.IndexOf(utf8);
        return at < 0 ? -1 : Encoding.UTF8.GetCharCount(text[..at]);
    }
}
