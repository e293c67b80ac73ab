using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class EnumSameType : BreakingRule<TypePair>
{
    public override string Id => "ENUM_SAME_TYPE";

    public override string Purpose => "Enums stay open or closed.";

    public override IReadOnlyList<string> Categories => FilePackage;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(TypePair pair, CheckContext context)
    {
        if (pair is { Previous: EnumDef p, Current: EnumDef c } && p.Closed != c.Closed)
        {
            context.Report(pair, $"Enum \"{c.Name}\" changed from {(p.Closed ? "closed" : "open")} to {(c.Closed ? "closed" : "open")}.");
        }
    }
}
