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
        if (pair is { Previous: { } p, Current: { } c } && NameOf(p) != NameOf(c))
        {
            context.Report(pair, $"{Describe(c, pair.CurrentRecord, named: false)} changed name from \"{NameOf(p)}\" to \"{NameOf(c)}\".");
        }
    }
}
