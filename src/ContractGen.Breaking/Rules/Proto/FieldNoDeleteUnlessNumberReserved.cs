using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldNoDeleteUnlessNumberReserved : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED";

    public override string Purpose => "Fields may only be deleted from a message when their number is reserved.";

    public override IReadOnlyList<string> Categories => WireJsonWire;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(FieldPair pair, CheckContext context)
    {
        if (pair is { IsDeleted: true, Previous: { } f } && !InReserved(f.Number ?? -1, pair.CurrentRecord.ReservedNumbers))
        {
            context.Report(pair, $"Previously present field \"{f.Number}\" with name \"{f.Name}\" on message \"{pair.CurrentRecord.Name}\" was deleted" + $" without reserving the number \"{f.Number}\"" + ".", pair.CurrentRecord.Span);
        }
    }
}
