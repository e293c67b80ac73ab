using ContractGen.Emit.Naming;

namespace ContractGen.Emit.CSharp.Conventions;

/// <summary>C# naming: PascalCase identifiers, '@' before reserved words, dotted namespaces.</summary>
public static class CSharpNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    public static bool IsReserved(string word) => Reserved.Contains(word);

    /// <summary>A PascalCase identifier (ASCII, never empty, never starting with a digit, '@' before a keyword).</summary>
    public static string Pascal(string name)
    {
        var id = Words.AsciiOnly(Words.Pascal(Words.Split(name)));
        if (id.Length == 0 || char.IsDigit(id[0]))
        {
            id = "_" + id;
        }

        return Reserved.Contains(id) ? "@" + id : id;
    }

    /// <summary>A dotted namespace, each part a PascalCase identifier ("my api.v1" → "MyApi.V1").</summary>
    public static string Namespace(string name) =>
        string.Join(".", name.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(p => Pascal(p).TrimStart('@')).DefaultIfEmpty("Api"));
}
