using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class ReservedMessageNoDelete : BreakingRule<TypePair>
{
    public override string Id => "RESERVED_MESSAGE_NO_DELETE";

    public override string Purpose => "Reserved ranges and names may not be deleted from a message.";

    public override IReadOnlyList<string> Categories => AllProto;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(TypePair pair, CheckContext context)
    {
        if (pair is { Previous: RecordDef p, Current: RecordDef c })
        {
            ProtoChecks.ReservedDeleted(pair, context, "message", c.Name, (p.ReservedNumbers, p.ReservedNames), (c.ReservedNumbers, c.ReservedNames));
        }
    }
}
