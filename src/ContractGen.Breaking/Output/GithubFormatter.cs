using System.Text;

namespace ContractGen.Breaking.Output;

/// <summary>GitHub Actions workflow commands: <c>::error file=…,line=…,col=…,title=RULE_ID::message</c> (warning / notice for the other levels).</summary>
public sealed class GithubFormatter : IFindingFormatter
{
    public string Name => "github";

    public string Format(BreakingResult result)
    {
        var sb = new StringBuilder();
        foreach (var f in result.Findings)
        {
            var command = f.Level switch { RuleLevel.Error => "error", RuleLevel.Warning => "warning", _ => "notice" };
            sb.Append("::").Append(command).Append(' ');
            if (f.Location.File.Length > 0)
            {
                sb.Append("file=").Append(Property(f.Location.File)).Append(',');
                if (f.Location.IsKnown)
                {
                    sb.Append("line=").Append(f.Location.Line).Append(",col=").Append(f.Location.Column).Append(',');
                }
            }

            sb.Append("title=").Append(Property(f.Rule)).Append("::").Append(Data($"{f.Rule}: {f.Message}")).Append('\n');
        }

        return sb.ToString();
    }

    private static string Data(string s) => s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string s) => Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
