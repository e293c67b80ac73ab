using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class EnumValueNoDeleteUnlessNameReserved : BreakingRule<EnumValuePair>
{
    public override string Id => "ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED";

    public override string Purpose => "Enum values may only be deleted when their names are reserved.";

    public override IReadOnlyList<string> Categories => WireJsonOnly;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(EnumValuePair pair, CheckContext context)
    {
        if (pair.Previous.Count > 0 && pair.Current.Count == 0 && !pair.Previous.All(v => pair.CurrentEnum.ReservedNames.Contains(v.Name)))
        {
            context.Report(pair, $"Previously present enum value \"{pair.Number}\" on enum \"{pair.CurrentEnum.Name}\" was deleted" + " without reserving the name" + (pair.Previous.Count > 1 ? "s " : " ") + string.Join(", ", pair.Previous.Select(v => $"\"{v.Name}\"").Order(StringComparer.Ordinal)) + ".", pair.CurrentEnum.Span);
        }
    }
}
