using System.Globalization;
using ContractGen.Emit.Naming;

namespace ContractGen.Emit.Python.Conventions;

/// <summary>Python literals for contract text: "…" str literals with non-ASCII as \u/\U escapes.</summary>
public static class PythonLiterals
{
    public static string String(string? value) =>
        value is null ? "None" : "\"" + StringEscaper.Escape(value, '"', CodePoint) + "\"";

    /// <summary>Text safe inside a <c>#</c> comment.</summary>
    public static string Comment(string value) => StringEscaper.CommentText(value);

    /// <summary>A TOML basic string (pyproject.toml).</summary>
    public static string Toml(string value) => String(value);

    private static string CodePoint(int cp) =>
        cp <= 0xFFFF
            ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture)
            : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture);
}
