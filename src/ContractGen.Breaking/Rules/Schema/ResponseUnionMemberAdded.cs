using ContractGen.Model;
using static ContractGen.Breaking.Rules.Schema.SchemaFacts;

namespace ContractGen.Breaking.Rules.Schema;

internal sealed class ResponseUnionMemberAdded : BreakingRule<SchemaPair>
{
    public override string Id => "RESPONSE_UNION_MEMBER_ADDED";

    public override string Purpose => "Responses do not gain oneOf/anyOf alternatives that clients cannot handle.";

    public override IReadOnlyList<string> Categories => Schemas;

    public override FormatSet Formats => FormatSet.Schema;

    public override void Check(SchemaPair pair, CheckContext context)
    {
        if (pair.Direction.IsResponse() && pair.Previous.Union is { } p && pair.Current.Union is { } c)
        {
            foreach (var member in c.Members.Where(m => !UnionMembers.Contains(p, context.Previous, m, context.Current)))
            {
                context.Report(pair, $"The alternative {member.Name} was added to {Describe(pair)} (response).");
            }
        }
    }
}
