using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class ReservedEnumNoDelete : BreakingRule<TypePair>
{
    public override string Id => "RESERVED_ENUM_NO_DELETE";

    public override string Purpose => "Reserved ranges and names may not be deleted from an enum.";

    public override IReadOnlyList<string> Categories => AllProto;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(TypePair pair, CheckContext context)
    {
        if (pair is { Previous: EnumDef p, Current: EnumDef c })
        {
            ProtoChecks.ReservedDeleted(pair, context, "enum", c.Name, (p.ReservedNumbers, p.ReservedNames), (c.ReservedNumbers, c.ReservedNames));
        }
    }
}
