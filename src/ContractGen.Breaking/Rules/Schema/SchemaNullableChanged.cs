using ContractGen.Model;
using static ContractGen.Breaking.Rules.Schema.SchemaFacts;

namespace ContractGen.Breaking.Rules.Schema;

internal sealed class SchemaNullableChanged : BreakingRule<SchemaPair>
{
    public override string Id => "SCHEMA_NULLABLE_CHANGED";

    public override string Purpose => "Requests keep accepting null where they did; responses do not start returning null.";

    public override IReadOnlyList<string> Categories => Schemas;

    public override FormatSet Formats => FormatSet.Schema;

    public override void Check(SchemaPair pair, CheckContext context)
    {
        if (pair.Direction.IsRequest() && pair.Previous.Nullable && !pair.Current.Nullable)
        {
            context.Report(pair, $"{Describe(pair)} no longer accepts null (request).");
        }
        else if (pair.Direction.IsResponse() && !pair.Previous.Nullable && pair.Current.Nullable)
        {
            context.Report(pair, $"{Describe(pair)} may now be null (response).");
        }
    }
}
