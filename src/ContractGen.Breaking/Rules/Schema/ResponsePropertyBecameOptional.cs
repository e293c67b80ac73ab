using ContractGen.Model;
using static ContractGen.Breaking.Rules.Schema.SchemaFacts;

namespace ContractGen.Breaking.Rules.Schema;

internal sealed class ResponsePropertyBecameOptional : BreakingRule<PropertyPair>
{
    public override string Id => "RESPONSE_PROPERTY_BECAME_OPTIONAL";

    public override string Purpose => "Required response properties stay required.";

    public override IReadOnlyList<string> Categories => Schemas;

    public override FormatSet Formats => FormatSet.Schema;

    public override void Check(PropertyPair pair, CheckContext context)
    {
        if (pair.Direction.IsResponse() && pair is { Previous: { IsRequired: true }, Current: { IsRequired: false } c })
        {
            context.Report(pair, $"The property \"{c.Name}\" of {pair.CurrentRecord.Name} became optional ({Side(pair.Direction)}).");
        }
    }
}
