using ContractGen.Emit.Naming;

namespace ContractGen.Emit.Go.Conventions;

/// <summary>Go naming: exported PascalCase identifiers, lower-case package names, module paths.</summary>
public static class GoNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go",
        "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type",
        "var",
        // predeclared identifiers a package name must not shadow
        "bool", "byte", "error", "string", "int", "len", "nil", "true", "false", "iota", "main",
    };

    /// <summary>The top-level directories of GOROOT/src (Go 1.19 to 1.24), the roots of every standard import path.</summary>
    private static readonly HashSet<string> StandardRoots = new(StringComparer.Ordinal)
    {
        "archive", "bufio", "builtin", "bytes", "cmd", "cmp", "compress", "container", "context", "crypto", "database",
        "debug", "embed", "encoding", "errors", "expvar", "flag", "fmt", "go", "hash", "html", "image", "index",
        "internal", "io", "iter", "log", "maps", "math", "mime", "net", "os", "path", "plugin", "reflect", "regexp",
        "runtime", "slices", "sort", "strconv", "strings", "structs", "sync", "syscall", "testing", "text", "time",
        "unicode", "unique", "unsafe", "vendor", "weak",
    };

    public static bool IsReserved(string word) => Reserved.Contains(word);

    public static string Exported(string name)
    {
        var id = Words.AsciiOnly(Words.Pascal(Words.Split(name)));
        return id.Length == 0 || char.IsDigit(id[0]) ? "X" + id : id;
    }

    /// <summary>A package name: lower case letters and digits only, not a keyword.</summary>
    public static string Package(string name)
    {
        var id = string.Concat(Words.Split(name).Select(w => Words.AsciiOnly(w.ToLowerInvariant()))).Replace("_", "", StringComparison.Ordinal);
        if (id.Length == 0 || char.IsDigit(id[0]))
        {
            id = "p" + id;
        }

        return Reserved.Contains(id) ? id + "pkg" : id;
    }

    /// <summary>
    /// A module path: '/'-separated elements of [a-z0-9._~-]; defaults to the package name. A path whose first element
    /// has no dot and names a standard library tree (<c>sort</c>, <c>net/http</c>) would resolve to GOROOT instead
    /// of the generated package, so that element gets a <c>-api</c> suffix.
    /// </summary>
    public static string Module(string name)
    {
        var parts = name.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => new string(p.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '~' ? c : '-').ToArray()).Trim('.', '-'))
            .Where(p => p.Length > 0)
            .ToList();
        if (parts.Count == 0)
        {
            return "api";
        }

        if (StandardRoots.Contains(parts[0]))
        {
            parts[0] += "-api";
        }

        return string.Join("/", parts);
    }
}
