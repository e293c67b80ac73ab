using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldSameOneof : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_SAME_ONEOF";

    public override string Purpose => "Fields stay inside (or outside) the same oneof.";

    public override IReadOnlyList<string> Categories => AllProto;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(FieldPair pair, CheckContext context)
    {
        if (pair is not { Previous: { } p, Current: { } c } || p.Oneof == c.Oneof)
        {
            return;
        }

        var message = (p.Oneof, c.Oneof) switch
        {
            (null, _) => "moved from outside to inside a oneof",
            (_, null) => "moved from inside to outside a oneof",
            _ => $"moved from oneof \"{p.Oneof}\" to oneof \"{c.Oneof}\"",
        };
        context.Report(pair, $"{Describe(c, pair.CurrentRecord)} {message}.");
    }
}
