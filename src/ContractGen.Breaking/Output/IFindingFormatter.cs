namespace ContractGen.Breaking.Output;

/// <summary>Writes a comparison's findings in one output format. Output is deterministic and uses LF line endings.</summary>
public interface IFindingFormatter
{
    /// <summary>The --format name.</summary>
    string Name { get; }

    string Format(BreakingResult result);
}

/// <summary>The output formats, by --format name.</summary>
public static class FindingFormatters
{
    public static readonly IReadOnlyList<IFindingFormatter> All =
    [
        new TextFormatter(),
        new JsonFormatter(),
        new GithubFormatter(),
        new SarifFormatter(),
        new JunitFormatter(),
        new MarkdownFormatter(),
    ];

    public static IReadOnlyList<string> Names => All.Select(f => f.Name).ToList();

    public static IFindingFormatter? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    internal static string Where(Finding f) =>
        f.Location.IsKnown ? $"{f.Location.File}:{f.Location.Line}:{f.Location.Column}" : f.Location.File;

    internal static string Summary(BreakingResult result)
    {
        var errors = result.Count(RuleLevel.Error);
        var files = result.Findings.Select(f => f.Location.File).Where(f => f.Length > 0).Distinct().Count();
        var parts = $"{Plural(errors, "breaking change")}, {Plural(result.Count(RuleLevel.Warning), "warning")}, {result.Count(RuleLevel.Info)} info";
        return result.Findings.Length == 0 ? "no breaking changes" : files == 0 ? parts : $"{parts} in {Plural(files, "file")}";
    }

    internal static string Plural(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
