using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldSameName : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_SAME_NAME";

    public override string Purpose => "Fields keep their name (JSON and text formats use it).";

    public override IReadOnlyList<string> Categories => FilePackageWireJson;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(FieldPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && p.Name != c.Name)
        {
            context.Report(pair, $"Field \"{c.Number}\" on message \"{pair.CurrentRecord.Name}\" changed name from \"{p.Name}\" to \"{c.Name}\".");
        }
    }
}
