using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class EnumSameJsonFormat : BreakingRule<TypePair>
{
    public override string Id => "ENUM_SAME_JSON_FORMAT";

    public override string Purpose => "Enums keep ProtoJSON support (editions json_format ALLOW).";

    public override IReadOnlyList<string> Categories => FilePackageWireJson;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(TypePair pair, CheckContext context)
    {
        if (pair is { Previous: EnumDef p, Current: EnumDef c } && JsonFormat(context.Previous, p) == "ALLOW" && JsonFormat(context.Current, c) != "ALLOW")
        {
            context.Report(pair, $"Enum \"{c.Name}\" JSON format support changed from ALLOW to {JsonFormat(context.Current, c)}.");
        }
    }
}
