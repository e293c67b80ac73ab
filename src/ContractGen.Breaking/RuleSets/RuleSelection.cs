using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>Which rules run and at what level, from <see cref="BreakingOptions"/>.</summary>
public sealed class RuleSelection
{
    private readonly Dictionary<string, RuleLevel> _enabled = new(StringComparer.Ordinal);

    public RuleSelection(BreakingOptions options)
    {
        bool Named(IEnumerable<string> list, BreakingRule rule) =>
            list.Any(x => x == rule.Id || rule.Categories.Contains(x, StringComparer.Ordinal));

        var candidates = RuleCatalog.All.Where(r => Named(options.Use, r) && !Named(options.Except, r)).ToList();
        foreach (var rule in candidates)
        {
            var level = options.Levels.TryGetValue(rule.Id, out var l) ? l : rule.DefaultLevel;
            if (level is { } set)
            {
                _enabled[rule.Id] = set;
            }
        }

        foreach (var rule in candidates)
        {
            if (rule.SupersededBy is { } other && _enabled.ContainsKey(other))
            {
                _enabled.Remove(rule.Id);
            }
        }

        Rules = RuleCatalog.All.Where(r => _enabled.ContainsKey(r.Id)).ToList();
    }

    public IReadOnlyList<BreakingRule> Rules { get; }

    public bool IsEnabled(string ruleId) => _enabled.ContainsKey(ruleId);

    public RuleLevel LevelOf(BreakingRule rule) => _enabled[rule.Id];

    /// <summary>Problems with the names used in the options (unknown rule ids or categories), as CG5xxx diagnostics.</summary>
    public static IReadOnlyList<Diagnostic> Validate(BreakingOptions options, SourceSpan where)
    {
        var problems = new List<Diagnostic>();
        void Check(IEnumerable<string> names, string key, bool categoriesAllowed)
        {
            foreach (var name in names)
            {
                var known = RuleCatalog.Find(name) is not null || (categoriesAllowed && Categories.Known.Contains(name));
                if (!known)
                {
                    problems.Add(Diagnostic.Error("CG5101", $"breaking.{key}: unknown {(categoriesAllowed ? "rule or category" : "rule")} '{name}' (see contractgen breaking --list-rules)", where));
                }
            }
        }

        Check(options.Use, "use", true);
        Check(options.Except, "except", true);
        Check(options.Levels.Keys, "levels", false);
        Check(options.IgnoreOnly.Keys, "ignore_only", false);
        return problems;
    }
}
