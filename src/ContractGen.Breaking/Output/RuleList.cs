using System.Text;

namespace ContractGen.Breaking.Output;

/// <summary>The catalogue as printed by <c>contractgen breaking --list-rules</c>: ID, categories, default level, purpose; one rule per line.</summary>
public static class RuleList
{
    public static string Format(IEnumerable<BreakingRule> rules)
    {
        var list = rules.ToList();
        var idWidth = list.Max(r => r.Id.Length);
        var categoryWidth = list.Max(r => string.Join(',', r.Categories).Length);
        var sb = new StringBuilder();
        foreach (var rule in list)
        {
            sb.Append(rule.Id.PadRight(idWidth)).Append("  ")
                .Append(string.Join(',', rule.Categories).PadRight(categoryWidth)).Append("  ")
                .Append(Finding.LevelName(rule.DefaultLevel).PadRight(7)).Append("  ")
                .Append(rule.Purpose).Append('\n');
        }

        return sb.ToString();
    }
}
