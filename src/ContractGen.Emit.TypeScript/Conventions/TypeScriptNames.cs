using ContractGen.Emit.Naming;

namespace ContractGen.Emit.TypeScript.Conventions;

/// <summary>TypeScript naming: camelCase/PascalCase identifiers, '_' after reserved words, npm package names.</summary>
public static class TypeScriptNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
        "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
        "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
        "as", "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield",
        "any", "boolean", "constructor", "declare", "get", "module", "require", "number", "set", "string", "symbol",
        "type", "from", "of", "await", "async", "undefined", "never", "unknown", "object", "arguments", "eval",
    };

    public static bool IsReserved(string word) => Reserved.Contains(word);

    public static string Camel(string name) => Safe(Words.AsciiOnly(Words.Camel(Words.Split(name))));

    public static string Pascal(string name) => Safe(Words.AsciiOnly(Words.Pascal(Words.Split(name))));

    /// <summary>
    /// An npm package name: lower case, [a-z0-9-._], not starting with '.' or '_'; a scoped name <c>@scope/name</c>
    /// keeps its scope (both parts follow the same rules).
    /// </summary>
    public static string Package(string name)
    {
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (name.StartsWith('@') && slash > 1)
        {
            var scope = PackagePart(name[1..slash]);
            var bare = PackagePart(name[(slash + 1)..]);
            return scope.Length == 0 ? OrApi(bare) : "@" + scope + "/" + OrApi(bare);
        }

        return OrApi(PackagePart(name));
    }

    private static string PackagePart(string name)
    {
        var words = Words.Split(name).Select(w => Words.AsciiOnly(w.ToLowerInvariant()).Replace("_", "-", StringComparison.Ordinal));
        return string.Join("-", words).Trim('-', '.', '_');
    }

    private static string OrApi(string part) => part.Length == 0 ? "api" : part;

    private static string Safe(string id)
    {
        if (id.Length == 0 || char.IsDigit(id[0]))
        {
            id = "_" + id;
        }

        return Reserved.Contains(id) ? id + "_" : id;
    }
}
