using ContractGen.Model;
using static ContractGen.Breaking.Rules.Schema.SchemaFacts;

namespace ContractGen.Breaking.Rules.Schema;

internal sealed class RequestConstraintNarrowed : BreakingRule<SchemaPair>
{
    public override string Id => "REQUEST_CONSTRAINT_NARROWED";

    public override string Purpose => "Requests do not tighten bounds, lengths, item counts, patterns or multipleOf.";

    public override IReadOnlyList<string> Categories => Schemas;

    public override FormatSet Formats => FormatSet.Schema;

    public override void Check(SchemaPair pair, CheckContext context)
    {
        if (pair.Direction.IsRequest())
        {
            foreach (var change in Narrowings(pair.Previous.Constraints, pair.Current.Constraints))
            {
                context.Report(pair, $"{Describe(pair)} accepts less: {change} (request).");
            }
        }
    }
}
