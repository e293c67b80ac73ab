using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldNoDeleteUnlessNameReserved : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_NO_DELETE_UNLESS_NAME_RESERVED";

    public override string Purpose => "Fields may only be deleted from a message when their name is reserved.";

    public override IReadOnlyList<string> Categories => WireJsonOnly;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(FieldPair pair, CheckContext context)
    {
        if (pair is { IsDeleted: true, Previous: { } f } && !pair.CurrentRecord.ReservedNames.Contains(f.Name))
        {
            context.Report(pair, $"Previously present field \"{f.Number}\" with name \"{f.Name}\" on message \"{pair.CurrentRecord.Name}\" was deleted" + $" without reserving the name \"{f.Name}\"" + ".", pair.CurrentRecord.Span);
        }
    }
}
