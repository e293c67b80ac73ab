using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class OneofNoDelete : BreakingRule<TypePair>
{
    public override string Id => "ONEOF_NO_DELETE";

    public override string Purpose => "Oneofs may not be deleted from a message.";

    public override IReadOnlyList<string> Categories => FilePackage;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(TypePair pair, CheckContext context)
    {
        if (pair is not { Previous: RecordDef p, Current: RecordDef c })
        {
            return;
        }

        foreach (var oneof in p.Oneofs.Where(o => !c.Oneofs.Any(x => x.Name == o.Name)))
        {
            context.Report(pair, $"Previously present oneof \"{oneof.Name}\" on message \"{c.Name}\" was deleted.");
        }
    }
}
