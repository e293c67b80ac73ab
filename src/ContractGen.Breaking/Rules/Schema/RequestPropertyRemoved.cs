using ContractGen.Model;
using static ContractGen.Breaking.Rules.Schema.SchemaFacts;

namespace ContractGen.Breaking.Rules.Schema;

internal sealed class RequestPropertyRemoved : BreakingRule<PropertyPair>
{
    public override string Id => "REQUEST_PROPERTY_REMOVED";

    public override string Purpose => "Removed request properties are reported: clients may still send them and the server now ignores them.";

    public override IReadOnlyList<string> Categories => Schemas;

    public override FormatSet Formats => FormatSet.Schema;

    public override RuleLevel DefaultLevel => RuleLevel.Warning;

    public override void Check(PropertyPair pair, CheckContext context)
    {
        if (pair.Direction.IsRequest() && pair is { Previous: { } p, Current: null })
        {
            context.Report(pair, $"The property \"{p.Name}\" of {pair.CurrentRecord.Name} was removed (request).");
        }
    }
}
