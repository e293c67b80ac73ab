using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldSameDefault : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_SAME_DEFAULT";

    public override string Purpose => "Fields keep their explicit default value (proto2).";

    public override IReadOnlyList<string> Categories => AllProto;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(FieldPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && p.Type.Constraints.Default != c.Type.Constraints.Default && Kind(p, context.Previous) == Kind(c, context.Current))
        {
            context.Report(pair, $"{Describe(c, pair.CurrentRecord)} changed default value from {p.Type.Constraints.Default ?? "none"} to {c.Type.Constraints.Default ?? "none"}.");
        }
    }
}
