using System.Text;

namespace ContractGen.Breaking.Output;

/// <summary>A Markdown report for a pull-request comment: a heading with the summary and one table row per finding.</summary>
public sealed class MarkdownFormatter : IFindingFormatter
{
    public string Name => "markdown";

    public string Format(BreakingResult result)
    {
        var sb = new StringBuilder("## contractgen breaking: ").Append(FindingFormatters.Summary(result)).Append("\n\n");
        if (result.Findings.Length == 0)
        {
            return sb.Append("No breaking changes were found.\n").ToString();
        }

        sb.Append("| Level | Rule | Location | Message |\n|---|---|---|---|\n");
        foreach (var f in result.Findings)
        {
            var icon = f.Level switch { RuleLevel.Error => ":x: error", RuleLevel.Warning => ":warning: warning", _ => ":information_source: info" };
            sb.Append("| ").Append(icon).Append(" | `").Append(f.Rule).Append("` | ").Append(Location(f)).Append(" | ").Append(Cell(f.Message)).Append(" |\n");
        }

        return sb.ToString();
    }

    private static string Location(Finding f) =>
        FindingFormatters.Where(f) is { Length: > 0 } where ? "`" + Cell(where).Replace("`", "'", StringComparison.Ordinal) + "`" : "(no file)";

    private static string Cell(string s) =>
        TextFormatter.OneLine(s).Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
