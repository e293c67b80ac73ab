using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Model;

internal sealed class FieldJsonNameNoChange : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_JSON_NAME_NO_CHANGE";

    public override string Purpose => "Fields keep their JSON name in every category (ProtoJSON and HTTP gateways use it).";

    public override IReadOnlyList<string> Categories => Everywhere;

    public override FormatSet Formats => FormatSet.Proto;

    public override string? SupersededBy => "FIELD_SAME_JSON_NAME";

    public override void Check(FieldPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && p.JsonName != c.JsonName)
        {
            context.Report(pair, $"{Subject(c, pair.CurrentRecord)} changed its JSON name from \"{p.JsonName}\" to \"{c.JsonName}\".");
        }
    }
}
