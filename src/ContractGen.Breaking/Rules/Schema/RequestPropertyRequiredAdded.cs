using ContractGen.Model;
using static ContractGen.Breaking.Rules.Schema.SchemaFacts;

namespace ContractGen.Breaking.Rules.Schema;

internal sealed class RequestPropertyRequiredAdded : BreakingRule<PropertyPair>
{
    public override string Id => "REQUEST_PROPERTY_REQUIRED_ADDED";

    public override string Purpose => "Request objects do not gain required properties.";

    public override IReadOnlyList<string> Categories => Schemas;

    public override FormatSet Formats => FormatSet.Schema;

    public override void Check(PropertyPair pair, CheckContext context)
    {
        if (pair.Direction.IsRequest() && pair is { Previous: null, Current: { IsRequired: true } c } && c.Type.Constraints.Default is null)
        {
            context.Report(pair, $"New required property \"{c.Name}\" in {pair.CurrentRecord.Name} (request).");
        }
    }
}
