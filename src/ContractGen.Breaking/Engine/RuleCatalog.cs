using System.Reflection;

namespace ContractGen.Breaking;

/// <summary>Every rule in this assembly, found by reflection and ordered by id.</summary>
public static class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<BreakingRule>> Rules = new(Discover);

    public static IReadOnlyList<BreakingRule> All => Rules.Value;

    public static BreakingRule? Find(string id) => All.FirstOrDefault(r => r.Id == id);

    private static IReadOnlyList<BreakingRule> Discover() =>
        typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(BreakingRule).IsAssignableFrom(t))
            .Select(t => (BreakingRule)Activator.CreateInstance(t, nonPublic: true)!)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
}
