using ContractGen.Model;
using static ContractGen.Breaking.Rules.Schema.SchemaFacts;

namespace ContractGen.Breaking.Rules.Schema;

internal sealed class RequestPropertyBecameRequired : BreakingRule<PropertyPair>
{
    public override string Id => "REQUEST_PROPERTY_BECAME_REQUIRED";

    public override string Purpose => "Optional request properties do not become required.";

    public override IReadOnlyList<string> Categories => Schemas;

    public override FormatSet Formats => FormatSet.Schema;

    public override void Check(PropertyPair pair, CheckContext context)
    {
        if (pair.Direction.IsRequest() && pair is { Previous: { IsRequired: false }, Current: { IsRequired: true } c })
        {
            context.Report(pair, $"The property \"{c.Name}\" of {pair.CurrentRecord.Name} became required (request).");
        }
    }
}
