using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldNoDelete : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_NO_DELETE";

    public override string Purpose => "Fields may not be deleted from a message.";

    public override IReadOnlyList<string> Categories => FilePackage;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(FieldPair pair, CheckContext context)
    {
        if (pair is { IsDeleted: true, Previous: { } f })
        {
            context.Report(pair, $"Previously present field \"{f.Number}\" with name \"{f.Name}\" on message \"{pair.CurrentRecord.Name}\" was deleted.", pair.CurrentRecord.Span);
        }
    }
}
