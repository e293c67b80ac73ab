using ContractGen.Model;
using static ContractGen.Breaking.Rules.Schema.SchemaFacts;

namespace ContractGen.Breaking.Rules.Schema;

internal sealed class RequestEnumValueRemoved : BreakingRule<SchemaPair>
{
    public override string Id => "REQUEST_ENUM_VALUE_REMOVED";

    public override string Purpose => "Requests keep accepting every enum value they accepted (and do not become enums).";

    public override IReadOnlyList<string> Categories => Schemas;

    public override FormatSet Formats => FormatSet.Schema;

    public override void Check(SchemaPair pair, CheckContext context)
    {
        if (!pair.Direction.IsRequest() || pair.Current.EnumValues.IsDefaultOrEmpty || pair.Previous.Kind != SchemaKind.Scalar)
        {
            return;
        }

        if (pair.Previous.EnumValues.IsDefaultOrEmpty)
        {
            context.Report(pair, $"{Describe(pair)} became an enum of {string.Join(", ", pair.Current.EnumValues)} (request).");
            return;
        }

        foreach (var value in pair.Previous.EnumValues.Where(v => !pair.Current.EnumValues.Contains(v)))
        {
            context.Report(pair, $"The enum value {value} of {Describe(pair)} was removed (request).");
        }
    }
}
