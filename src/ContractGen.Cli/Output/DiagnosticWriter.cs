using ContractGen.Model;

namespace ContractGen.Cli.Output;

/// <summary>
/// Writes diagnostics as <c>path:line:col: error CGnnnn: message</c> (paths relative to the current folder), every one,
/// sorted by path, line, column and code, followed by a summary line such as <c>2 errors, 1 warning</c>.
/// </summary>
public sealed class DiagnosticWriter(TextWriter stderr, string currentDirectory)
{
    /// <summary>Prints the diagnostics and the summary line; returns true when at least one is an error.</summary>
    public bool Report(IEnumerable<Diagnostic> diagnostics, bool summaryWhenEmpty = false)
    {
        var bag = new DiagnosticBag();
        foreach (var d in diagnostics)
        {
            bag.Add(d.MapFiles(path => PathDisplay.Relative(currentDirectory, path)));
        }

        var sorted = bag.ToImmutableSorted();
        foreach (var d in sorted)
        {
            stderr.WriteLine(OneLine(d.ToString()));
        }

        if (sorted.Length > 0 || summaryWhenEmpty)
        {
            stderr.WriteLine(Summary(sorted));
        }

        return bag.HasErrors;
    }

    /// <summary><c>2 errors, 1 warning</c>; infos are counted only when present.</summary>
    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var infos = diagnostics.Count(d => d.Severity == Severity.Info);
        var text = $"{Plural(errors, "error")}, {Plural(warnings, "warning")}";
        return infos > 0 ? $"{text}, {Plural(infos, "info")}" : text;
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    /// <summary>A message may quote hostile contract text: keep one diagnostic on one line.</summary>
    private static string OneLine(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\n", "\\n");
}
