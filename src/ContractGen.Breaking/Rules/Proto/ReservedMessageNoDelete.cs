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
        if (pair is not { Previous: RecordDef p, Current: RecordDef c })
        {
            return;
        }

        foreach (var range in ExtensionMessageNoDelete.Missing(p.ReservedNumbers, c.ReservedNumbers))
        {
            context.Report(pair, $"Previously present reserved range \"[{range.Start},{range.End}]\" on message \"{c.Name}\" was deleted.");
        }

        foreach (var name in p.ReservedNames.Where(n => !c.ReservedNames.Contains(n)))
        {
            context.Report(pair, $"Previously present reserved name \"{name}\" on message \"{c.Name}\" was deleted.");
        }
    }
}
