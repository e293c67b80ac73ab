using ContractGen.Model;
using static ContractGen.Breaking.Rules.Schema.SchemaFacts;

namespace ContractGen.Breaking.Rules.Schema;

internal sealed class SchemaFormatChanged : BreakingRule<SchemaPair>
{
    public override string Id => "SCHEMA_FORMAT_CHANGED";

    public override string Purpose => "Requests keep accepting and responses keep promising the same formats (int32 → int64 widening is fine in requests).";

    public override IReadOnlyList<string> Categories => Schemas;

    public override FormatSet Formats => FormatSet.Schema;

    private static bool Widens(string? from, string to) => (from, to) is ("int32", "int64") or ("float", "double") or ("int32", "double") or ("float", "number");

    public override void Check(SchemaPair pair, CheckContext context)
    {
        if (pair.Previous.Kind != SchemaKind.Scalar || pair.Current.Kind != SchemaKind.Scalar || pair.Previous.JsonType != pair.Current.JsonType)
        {
            return;
        }

        string? before = pair.Previous.Format, after = pair.Current.Format;
        if (before == after)
        {
            return;
        }

        var request = pair.Direction.IsRequest() && after is not null && !Widens(before, after);
        var response = pair.Direction.IsResponse() && before is not null && !Widens(after, before);
        if (request || response)
        {
            context.Report(pair, $"The format of {Describe(pair)} changed from {before ?? "none"} to {after ?? "none"} ({Side(pair.Direction)}).");
        }
    }
}
