using ContractGen.Model;
using static ContractGen.Breaking.Rules.Schema.SchemaFacts;

namespace ContractGen.Breaking.Rules.Schema;

internal sealed class ResponsePropertyRemoved : BreakingRule<PropertyPair>
{
    public override string Id => "RESPONSE_PROPERTY_REMOVED";

    public override string Purpose => "Responses keep every property they returned.";

    public override IReadOnlyList<string> Categories => Schemas;

    public override FormatSet Formats => FormatSet.Schema;

    public override void Check(PropertyPair pair, CheckContext context)
    {
        if (pair.Direction.IsResponse() && pair is { Previous: { } p, Current: null })
        {
            context.Report(pair, $"The property \"{p.Name}\" of {pair.CurrentRecord.Name} was removed ({Side(pair.Direction)}).");
        }
    }
}
