using ContractGen.Model;

namespace ContractGen.Breaking.Rules.OpenApi;

internal sealed class SecurityRequirementNarrowed : BreakingRule<OperationPair>
{
    public override string Id => "SECURITY_REQUIREMENT_NARROWED";

    public override string Purpose => "Every client that met an operation's security requirements still meets one of them.";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    /// <summary>A client holding what <paramref name="held"/> asks for meets <paramref name="required"/>.</summary>
    private static bool Satisfies(SecurityRequirement held, SecurityRequirement required) =>
        required.Items.All(r => held.Items.Any(h => h.SchemeId == r.SchemeId && r.Scopes.All(h.Scopes.Contains)));

    public override void Check(OperationPair pair, CheckContext context)
    {
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        var before = p.Security ?? context.Previous.Model.DefaultSecurity;
        var after = c.Security ?? context.Current.Model.DefaultSecurity;
        var alternatives = before.Length == 0 ? [new SecurityRequirement([])] : before;
        foreach (var old in alternatives.Where(old => after.Length > 0 && !after.Any(now => Satisfies(old, now))))
        {
            var text = old.Items.Length == 0 ? "no authentication" : string.Join(" + ", old.Items.Select(i => i.SchemeId + (i.Scopes.Length > 0 ? "[" + string.Join(",", i.Scopes) + "]" : "")));
            context.Report(pair, $"Clients of \"{c.Name}\" using {text} no longer meet its security requirements.");
        }
    }
}
