using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class EnumValueNoDeleteUnlessNumberReserved : BreakingRule<EnumValuePair>
{
    public override string Id => "ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED";

    public override string Purpose => "Enum values may only be deleted when their number is reserved.";

    public override IReadOnlyList<string> Categories => WireJsonWire;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(EnumValuePair pair, CheckContext context)
    {
        if (pair.Previous.Count > 0 && pair.Current.Count == 0 && !InReserved(pair.Number, pair.CurrentEnum.ReservedNumbers))
        {
            context.Report(pair, $"Previously present enum value \"{pair.Number}\" on enum \"{pair.CurrentEnum.Name}\" was deleted" + $" without reserving the number \"{pair.Number}\"" + ".", pair.CurrentEnum.Span);
        }
    }
}
