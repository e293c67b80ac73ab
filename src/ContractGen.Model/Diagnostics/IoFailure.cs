using System.Text.RegularExpressions;

namespace ContractGen.Model;

/// <summary>
/// Why reading or writing failed, in words that name no absolute path. The messages of System.IO exceptions embed the
/// full path (<c>Could not find file '/home/me/checkout/api.yaml'.</c>), which would make a diagnostic's text depend on
/// where the checkout lives; the diagnostic's span names the file instead, shown relative to the current folder.
/// </summary>
public static partial class IoFailure
{
    public static string Reason(Exception e) => e switch
    {
        FileNotFoundException => "not found",
        DirectoryNotFoundException => "not found (a folder on the path is missing or is a file)",
        UnauthorizedAccessException => "access denied",
        PathTooLongException => "the path is too long",
        _ => WithoutRootedPaths(e.Message),
    };

    /// <summary>Every quoted rooted path (<c>'/x/y/z.go'</c>, <c>'C:\x\z.go'</c>) is cut to its last segment (<c>'z.go'</c>).</summary>
    private static string WithoutRootedPaths(string message) =>
        Quoted().Replace(message, m => Path.IsPathRooted(m.Groups[1].Value)
            ? $"'{Path.GetFileName(Path.TrimEndingDirectorySeparator(m.Groups[1].Value))}'"
            : m.Value);

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();
}
