using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldSameJsonName : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_SAME_JSON_NAME";

    public override string Purpose => "Fields keep their JSON name.";

    public override IReadOnlyList<string> Categories => FilePackageWireJson;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(FieldPair pair, CheckContext context)
    {
        // An extension's JSON key follows its full name (json_name cannot be set on it): FIELD_SAME_NAME covers it, as in buf.
        if (pair is { Previous: { } p, Current: { } c } && c is not ExtensionField && p.JsonName != c.JsonName)
        {
            context.Report(pair, $"{Describe(c, pair.CurrentRecord)} changed option \"json_name\" from \"{p.JsonName}\" to \"{c.JsonName}\".");
        }
    }
}
