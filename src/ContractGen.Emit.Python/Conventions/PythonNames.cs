using ContractGen.Emit.Naming;

namespace ContractGen.Emit.Python.Conventions;

/// <summary>Python naming: snake_case identifiers and packages, PascalCase classes, '_' after keywords and builtins.</summary>
public static class PythonNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case", "type",
        // builtins and standard modules a package name must not shadow
        "str", "int", "list", "dict", "object", "id", "json", "typing", "re", "os", "sys", "test", "tests",
    };

    public static bool IsReserved(string word) => Reserved.Contains(word);

    public static string Snake(string name) => Safe(Words.AsciiOnly(Words.Snake(Words.Split(name))));

    public static string Pascal(string name) => Safe(Words.AsciiOnly(Words.Pascal(Words.Split(name))));

    /// <summary>An importable package name (snake_case, ASCII) that shadows no standard module (<see cref="PythonModules"/>).</summary>
    public static string Package(string name)
    {
        var id = Snake(name);
        id = id == "_" ? "api" : id;
        return PythonModules.IsTaken(id) ? id + "_" : id;
    }

    /// <summary>The distribution name in pyproject.toml (PEP 508: letters, digits, '-', '_', '.').</summary>
    public static string Distribution(string name) => Package(name).Replace('_', '-').Trim('-');

    private static string Safe(string id)
    {
        if (id.Length == 0 || char.IsDigit(id[0]))
        {
            id = "_" + id;
        }

        return Reserved.Contains(id) ? id + "_" : id;
    }
}
