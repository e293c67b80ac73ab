using System.Globalization;
using System.Text;

namespace ContractGen.Emit.Naming;

/// <summary>
/// The escaping core shared by the languages' literal conventions: printable ASCII stays, the usual short escapes
/// are used where the language has them, and everything else becomes a \u escape (languages with code-point escapes
/// pass <paramref name="codePoint"/>). Output is always pure printable ASCII, so no contract string can end a
/// literal, a comment or a line.
/// </summary>
public static class StringEscaper
{
    public static string Escape(
        string value,
        char quote,
        Func<int, string> codePoint,
        Func<char, string?>? extra = null)
    {
        var sb = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (extra?.Invoke(c) is { } special)
            {
                sb.Append(special);
                continue;
            }

            switch (c)
            {
                case '\\': sb.Append(@"\\"); continue;
                case '\n': sb.Append(@"\n"); continue;
                case '\r': sb.Append(@"\r"); continue;
                case '\t': sb.Append(@"\t"); continue;
            }

            if (c == quote)
            {
                sb.Append('\\').Append(c);
            }
            else if (c >= 0x20 && c < 0x7F)
            {
                sb.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(codePoint(char.ConvertToUtf32(c, value[i + 1])));
                i++;
            }
            else
            {
                sb.Append(codePoint(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>\uXXXX for the BMP, a surrogate pair of \uXXXX above it (C#, TypeScript).</summary>
    public static string Utf16Escape(int cp)
    {
        if (cp <= 0xFFFF)
        {
            return "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture);
        }

        var s = char.ConvertFromUtf32(cp);
        return "\\u" + ((int)s[0]).ToString("x4", CultureInfo.InvariantCulture) + "\\u" + ((int)s[1]).ToString("x4", CultureInfo.InvariantCulture);
    }

    /// <summary>A single-line comment text: every line break and control character becomes a space.</summary>
    public static string CommentText(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            sb.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return sb.ToString();
    }
}
