using ContractGen.Model;
using static ContractGen.Breaking.Rules.Schema.SchemaFacts;

namespace ContractGen.Breaking.Rules.Schema;

internal sealed class RequestUnionMemberRemoved : BreakingRule<SchemaPair>
{
    public override string Id => "REQUEST_UNION_MEMBER_REMOVED";

    public override string Purpose => "Requests keep accepting every oneOf/anyOf alternative.";

    public override IReadOnlyList<string> Categories => Schemas;

    public override FormatSet Formats => FormatSet.Schema;

    public override void Check(SchemaPair pair, CheckContext context)
    {
        if (pair.Direction.IsRequest() && pair.Previous.Union is { } p && pair.Current.Union is { } c)
        {
            foreach (var member in p.Members.Where(m => !UnionMembers.Contains(c, context.Current, m, context.Previous)))
            {
                context.Report(pair, $"The alternative {member.Name} of {Describe(pair)} was removed (request).");
            }
        }
    }
}
