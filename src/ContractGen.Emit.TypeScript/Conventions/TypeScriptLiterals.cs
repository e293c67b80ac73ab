using ContractGen.Emit.Naming;

namespace ContractGen.Emit.TypeScript.Conventions;

/// <summary>TypeScript literals for contract text: "…" strings (never template literals, so <c>${</c> is inert), all non-ASCII escaped.</summary>
public static class TypeScriptLiterals
{
    public static string String(string? value) =>
        value is null ? "null" : "\"" + StringEscaper.Escape(value, '"', StringEscaper.Utf16Escape) + "\"";

    /// <summary>Text safe inside a <c>//</c> comment.</summary>
    public static string Comment(string value) => StringEscaper.CommentText(value);

    /// <summary>A JSON string (package.json), same escaping.</summary>
    public static string Json(string value) => String(value);
}
