using ContractGen.Emit.Naming;

namespace ContractGen.Emit.CSharp.Conventions;

/// <summary>C# literals for contract text: regular "…" strings with every non-printable or non-ASCII character escaped.</summary>
public static class CSharpLiterals
{
    public static string String(string? value) =>
        value is null ? "null" : "\"" + StringEscaper.Escape(value, '"', StringEscaper.Utf16Escape, c => c == '\0' ? "\\0" : null) + "\"";

    /// <summary>Text safe inside a <c>//</c> comment.</summary>
    public static string Comment(string value) => StringEscaper.CommentText(value);

    /// <summary>Text safe inside an XML attribute or element of a .csproj.</summary>
    public static string Xml(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
