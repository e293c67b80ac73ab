using ContractGen.Model;
using static ContractGen.Breaking.Rules.Schema.SchemaFacts;

namespace ContractGen.Breaking.Rules.Schema;

internal sealed class RequestAdditionalPropertiesRemoved : BreakingRule<SchemaPair>
{
    public override string Id => "REQUEST_ADDITIONAL_PROPERTIES_REMOVED";

    public override string Purpose => "Request objects that accepted additional properties keep accepting them.";

    public override IReadOnlyList<string> Categories => Schemas;

    public override FormatSet Formats => FormatSet.Schema;

    public override void Check(SchemaPair pair, CheckContext context)
    {
        if (pair.Direction.IsRequest() && pair.Previous.Record is { AdditionalPropertiesAllowed: true } && pair.Current.Record is { AdditionalPropertiesAllowed: false })
        {
            context.Report(pair, $"{Describe(pair)} no longer accepts additional properties (request).");
        }
    }
}
