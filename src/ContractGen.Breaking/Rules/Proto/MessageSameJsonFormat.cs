using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class MessageSameJsonFormat : BreakingRule<TypePair>
{
    public override string Id => "MESSAGE_SAME_JSON_FORMAT";

    public override string Purpose => "Messages keep ProtoJSON support (editions json_format ALLOW).";

    public override IReadOnlyList<string> Categories => FilePackageWireJson;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(TypePair pair, CheckContext context)
    {
        if (pair is { Previous: RecordDef p, Current: RecordDef c } && JsonFormat(context.Previous, p) == "ALLOW" && JsonFormat(context.Current, c) != "ALLOW")
        {
            context.Report(pair, $"Message \"{c.Name}\" JSON format support changed from ALLOW to {JsonFormat(context.Current, c)}.");
        }
    }
}
