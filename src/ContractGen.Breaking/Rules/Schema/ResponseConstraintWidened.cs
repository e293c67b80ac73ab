using ContractGen.Model;
using static ContractGen.Breaking.Rules.Schema.SchemaFacts;

namespace ContractGen.Breaking.Rules.Schema;

internal sealed class ResponseConstraintWidened : BreakingRule<SchemaPair>
{
    public override string Id => "RESPONSE_CONSTRAINT_WIDENED";

    public override string Purpose => "Responses do not loosen bounds, lengths, item counts, patterns or multipleOf that clients may rely on.";

    public override IReadOnlyList<string> Categories => Schemas;

    public override FormatSet Formats => FormatSet.Schema;

    public override void Check(SchemaPair pair, CheckContext context)
    {
        if (pair.Direction.IsResponse())
        {
            foreach (var change in Narrowings(pair.Current.Constraints, pair.Previous.Constraints, widening: true))
            {
                context.Report(pair, $"{Describe(pair)} promises less: {change} (response).");
            }
        }
    }
}
