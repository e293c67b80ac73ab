namespace ContractGen.Cli.Output;

/// <summary>Paths as shown to users: relative to the current folder when inside it, '/' separators.</summary>
public static class PathDisplay
{
    public static string Relative(string currentDirectory, string path)
    {
        if (path.Length == 0 || !Path.IsPathRooted(path))
        {
            return path.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(currentDirectory, path);
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return (outside ? path : relative).Replace('\\', '/');
    }
}
