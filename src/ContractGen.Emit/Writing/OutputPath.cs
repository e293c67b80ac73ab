namespace ContractGen.Emit.Writing;

/// <summary>
/// Validates names of generated files: relative, '/'-separated, no empty, '.' or '..' segments, no drive letters,
/// no backslashes or control characters. A name that fails can never address anything outside the output folder.
/// </summary>
public static class OutputPath
{
    /// <summary>Returns null when <paramref name="relativePath"/> is safe, else the reason it is refused.</summary>
    public static string? Problem(string relativePath)
    {
        if (string.IsNullOrEmpty(relativePath))
        {
            return "the name is empty";
        }

        if (relativePath.StartsWith('/') || Path.IsPathRooted(relativePath))
        {
            return "the name is absolute";
        }

        foreach (var c in relativePath)
        {
            if (c == '\\' || c == ':' || char.IsControl(c))
            {
                return $"the name contains '{(char.IsControl(c) ? "\\u" + ((int)c).ToString("x4") : c.ToString())}'";
            }
        }

        foreach (var segment in relativePath.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == "..")
            {
                return $"the name has a '{segment}' segment";
            }
        }

        return null;
    }

    /// <summary>The full path of <paramref name="relativePath"/> under <paramref name="root"/>; throws when it is unsafe.</summary>
    public static string Resolve(string root, string relativePath)
    {
        if (Problem(relativePath) is { } problem)
        {
            throw new UnsafeOutputPathException(relativePath, problem);
        }

        var fullRoot = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine(fullRoot, relativePath));
        var prefix = fullRoot.EndsWith(Path.DirectorySeparatorChar) ? fullRoot : fullRoot + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new UnsafeOutputPathException(relativePath, "it resolves outside the output folder");
        }

        // A symbolic link inside the output folder could still lead outside it.
        var dir = Path.GetDirectoryName(full);
        while (dir is not null && dir.Length > prefix.Length - 1)
        {
            if (Directory.Exists(dir) && new DirectoryInfo(dir).LinkTarget is not null)
            {
                throw new UnsafeOutputPathException(relativePath, "a folder on the way is a symbolic link");
            }

            dir = Path.GetDirectoryName(dir);
        }

        return full;
    }
}

/// <summary>A generated file name that would leave the output folder.</summary>
public sealed class UnsafeOutputPathException(string relativePath, string reason)
    : Exception($"refusing to write '{relativePath}': {reason}")
{
    public string RelativePath { get; } = relativePath;
}
