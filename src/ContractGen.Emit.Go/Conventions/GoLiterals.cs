using System.Globalization;
using ContractGen.Emit.Naming;

namespace ContractGen.Emit.Go.Conventions;

/// <summary>Go literals for contract text: interpreted "…" strings, non-ASCII as \u/\U code points (Go has no surrogates: a lone one becomes U+FFFD).</summary>
public static class GoLiterals
{
    public static string String(string value) =>
        "\"" + StringEscaper.Escape(value, '"', CodePoint) + "\"";

    /// <summary>Text safe inside a <c>//</c> comment.</summary>
    public static string Comment(string value) => StringEscaper.CommentText(value);

    private static string CodePoint(int cp)
    {
        if (cp is >= 0xD800 and <= 0xDFFF)
        {
            cp = 0xFFFD;
        }

        return cp <= 0xFFFF
            ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture)
            : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture);
    }
}
