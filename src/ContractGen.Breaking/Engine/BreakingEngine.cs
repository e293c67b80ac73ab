using System.Collections.Immutable;
using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>The result of one comparison: findings sorted by file, line, column and rule.</summary>
public sealed record BreakingResult(ImmutableArray<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.Level == RuleLevel.Error);

    public int Count(RuleLevel level) => Findings.Count(f => f.Level == level);
}

/// <summary>
/// Compares a previous and a current model: pairs their elements by stable id (the pairing stages in Engine/Pairing*),
/// and hands each pair to the enabled rules of that pair kind and format.
/// </summary>
public static class BreakingEngine
{
    public static BreakingResult Run(ContractModel previous, ContractModel current, BreakingOptions? options = null, string? previousRoot = null, string? currentRoot = null)
    {
        options ??= BreakingOptions.Default;
        var selection = new RuleSelection(options);
        var context = new CheckContext(new ModelIndex(previous, previousRoot), new ModelIndex(current, currentRoot), options, selection);
        var byPairType = selection.Rules.GroupBy(r => r.PairType).ToDictionary(g => g.Key, g => g.ToList());

        void Dispatch(Pair pair)
        {
            if (!byPairType.TryGetValue(pair.GetType(), out var rules))
            {
                return;
            }

            foreach (var rule in rules)
            {
                if ((rule.Formats & pair.Format) == 0)
                {
                    continue;
                }

                context.Rule = rule;
                rule.Run(pair, context);
            }

            context.Rule = null;
        }

        var pairing = new Pairing(context, Dispatch);
        pairing.Documents();
        pairing.Proto();
        pairing.Extensions();
        pairing.Services();
        pairing.Messaging();
        var sorted = context.Findings
            .OrderBy(f => f.Location.File, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Line)
            .ThenBy(f => f.Location.Column)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToImmutableArray();
        return new BreakingResult(sorted);
    }
}
