using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class EnumValueNoDelete : BreakingRule<EnumValuePair>
{
    public override string Id => "ENUM_VALUE_NO_DELETE";

    public override string Purpose => "Enum values may not be deleted.";

    public override IReadOnlyList<string> Categories => FilePackage;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(EnumValuePair pair, CheckContext context)
    {
        if (pair.Previous.Count > 0 && pair.Current.Count == 0)
        {
            context.Report(pair, $"Previously present enum value \"{pair.Number}\" on enum \"{pair.CurrentEnum.Name}\" was deleted.", pair.CurrentEnum.Span);
        }
    }
}
