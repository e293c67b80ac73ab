using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldSameType : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_SAME_TYPE";

    public override string Purpose => "Fields keep their type.";

    public override IReadOnlyList<string> Categories => FilePackage;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(FieldPair pair, CheckContext context)
    {
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        string pk = Kind(p, context.Previous), ck = Kind(c, context.Current);
        string? pn = TypeName(p, context.Previous), cn = TypeName(c, context.Current);
        if (pk != ck || pn != cn)
        {
            context.Report(pair, $"{Describe(c, pair.CurrentRecord)} changed type from \"{pn ?? pk}\" to \"{cn ?? ck}\".");
        }
    }
}
