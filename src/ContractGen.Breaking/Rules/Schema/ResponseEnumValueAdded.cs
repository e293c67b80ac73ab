using ContractGen.Model;
using static ContractGen.Breaking.Rules.Schema.SchemaFacts;

namespace ContractGen.Breaking.Rules.Schema;

internal sealed class ResponseEnumValueAdded : BreakingRule<SchemaPair>
{
    public override string Id => "RESPONSE_ENUM_VALUE_ADDED";

    public override string Purpose => "Responses that gain enum values may surprise clients that switch over the values.";

    public override IReadOnlyList<string> Categories => Schemas;

    public override FormatSet Formats => FormatSet.Schema;

    public override RuleLevel DefaultLevel => RuleLevel.Warning;

    public override void Check(SchemaPair pair, CheckContext context)
    {
        if (!pair.Direction.IsResponse() || pair.Previous.EnumValues.IsDefaultOrEmpty || pair.Current.EnumValues.IsDefaultOrEmpty)
        {
            return;
        }

        foreach (var value in pair.Current.EnumValues.Where(v => !pair.Previous.EnumValues.Contains(v)))
        {
            context.Report(pair, $"The enum value {value} was added to {Describe(pair)} (response).");
        }
    }
}
