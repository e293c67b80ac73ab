using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class EnumSameJsonFormat : BreakingRule<TypePair>
{
    public override string Id => "ENUM_SAME_JSON_FORMAT";

    public override string Purpose => "Enums keep ProtoJSON support (editions json_format ALLOW).";

    public override IReadOnlyList<string> Categories => FilePackageWireJson;

    public override FormatSet Formats => FormatSet.Proto;

    private static string Format(ModelIndex side, TypeDef type) =>
        (Option(type, "features.json_format") ?? (side.DocumentOf(type) is { } d ? Option(d, "features.json_format") : null))?.Trim('"') ?? "ALLOW";

    public override void Check(TypePair pair, CheckContext context)
    {
        if (pair is { Previous: EnumDef p, Current: EnumDef c } && Format(context.Previous, p) == "ALLOW" && Format(context.Current, c) != "ALLOW")
        {
            context.Report(pair, $"Enum \"{c.Name}\" JSON format support changed from ALLOW to {Format(context.Current, c)}.");
        }
    }
}
