using System.Text;

namespace ContractGen.Breaking.Output;

/// <summary><c>path:line:col: RULE_ID: message</c>, grouped per file (a blank line between files), then a summary line. Warnings and info end with their level in brackets.</summary>
public sealed class TextFormatter : IFindingFormatter
{
    public string Name => "text";

    public string Format(BreakingResult result)
    {
        var sb = new StringBuilder();
        string? file = null;
        foreach (var f in result.Findings)
        {
            if (file is not null && f.Location.File != file)
            {
                sb.Append('\n');
            }

            file = f.Location.File;
            var level = f.Level == RuleLevel.Error ? "" : $" [{Finding.LevelName(f.Level)}]";
            var where = FindingFormatters.Where(f);
            sb.Append(where).Append(where.Length > 0 ? ": " : "").Append(f.Rule).Append(": ").Append(OneLine(f.Message)).Append(level).Append('\n');
        }

        if (result.Findings.Length > 0)
        {
            sb.Append('\n');
        }

        return sb.Append(FindingFormatters.Summary(result)).Append('\n').ToString();
    }

    internal static string OneLine(string text) => text.Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');
}
