namespace ContractGen.Model;

/// <summary>Character classes of RFC 3986 used by the template parsers and the route compiler.</summary>
public static class PathChars
{
    /// <summary>ALPHA / DIGIT / '-' / '.' / '_' / '~'.</summary>
    public static bool IsUnreserved(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~';

    /// <summary>'!' '$' '&amp;' ''' '(' ')' '*' '+' ',' ';' '='.</summary>
    public static bool IsSubDelim(char c) => c is '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=';

    /// <summary>pchar without pct-encoded: unreserved / sub-delims / ':' / '@'.</summary>
    public static bool IsPlainPchar(char c) => IsUnreserved(c) || IsSubDelim(c) || c is ':' or '@';

    public static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'A' and <= 'F') or (>= 'a' and <= 'f');

    /// <summary>True when text[i] is '%' followed by two hex digits.</summary>
    public static bool IsEscapeAt(string text, int i) =>
        i + 2 < text.Length && text[i] == '%' && IsHex(text[i + 1]) && IsHex(text[i + 2]);

    /// <summary>
    /// The canonical form used for matching a literal of an HTTP template: pchars stay, valid escapes get upper-case
    /// hex digits, every other character (non-ASCII, space, '"', …) is percent-encoded as UTF-8 with upper-case hex.
    /// For every valid google.api.http literal this is the text as written (except lower-case hex digits).
    /// </summary>
    public static string CanonicalLiteral(string literal)
    {
        var sb = new System.Text.StringBuilder(literal.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            if (IsEscapeAt(literal, i))
            {
                sb.Append('%').Append(char.ToUpperInvariant(literal[i + 1])).Append(char.ToUpperInvariant(literal[i + 2]));
                i += 2;
            }
            else if (IsPlainPchar(c))
            {
                sb.Append(c);
            }
            else
            {
                var rune = System.Text.Rune.TryGetRuneAt(literal, i, out var r) ? r : System.Text.Rune.ReplacementChar;
                var n = rune.EncodeToUtf8(utf8);
                for (var k = 0; k < n; k++)
                {
                    sb.Append('%').Append(utf8[k].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }

                i += rune.Utf16SequenceLength - 1;
            }
        }

        return sb.ToString();
    }
}
