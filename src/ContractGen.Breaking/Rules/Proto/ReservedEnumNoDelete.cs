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
        if (pair is not { Previous: EnumDef p, Current: EnumDef c })
        {
            return;
        }

        foreach (var range in ExtensionMessageNoDelete.Missing(p.ReservedNumbers, c.ReservedNumbers))
        {
            context.Report(pair, $"Previously present reserved range \"[{range.Start},{range.End}]\" on enum \"{c.Name}\" was deleted.");
        }

        foreach (var name in p.ReservedNames.Where(n => !c.ReservedNames.Contains(n)))
        {
            context.Report(pair, $"Previously present reserved name \"{name}\" on enum \"{c.Name}\" was deleted.");
        }
    }
}
