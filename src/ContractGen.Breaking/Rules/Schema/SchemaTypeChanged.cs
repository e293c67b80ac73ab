using ContractGen.Model;
using static ContractGen.Breaking.Rules.Schema.SchemaFacts;

namespace ContractGen.Breaking.Rules.Schema;

internal sealed class SchemaTypeChanged : BreakingRule<SchemaPair>
{
    public override string Id => "SCHEMA_TYPE_CHANGED";

    public override string Purpose => "Requests keep accepting and responses keep promising the same JSON types.";

    public override IReadOnlyList<string> Categories => Schemas;

    public override FormatSet Formats => FormatSet.Schema;

    public override void Check(SchemaPair pair, CheckContext context)
    {
        var before = TypesOf(pair.Previous, context.Previous);
        var after = TypesOf(pair.Current, context.Current);
        if (before is null || after is null || before.SetEquals(after) || (pair.Previous.Kind == SchemaKind.Union && pair.Current.Kind == SchemaKind.Union))
        {
            return;
        }

        var narrowed = pair.Direction.IsRequest() && !after.IsSupersetOf(before);
        var widened = pair.Direction.IsResponse() && !before.IsSupersetOf(after);
        if (narrowed || widened)
        {
            context.Report(pair, $"The type of {Describe(pair)} changed from {pair.Previous.JsonType} to {pair.Current.JsonType} ({Side(pair.Direction)}).");
        }
    }
}
