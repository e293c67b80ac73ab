using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class RpcSameResponseType : BreakingRule<OperationPair>
{
    public override string Id => "RPC_SAME_RESPONSE_TYPE";

    public override string Purpose => "RPCs keep their response type.";

    public override IReadOnlyList<string> Categories => AllProto;

    public override FormatSet Formats => FormatSet.Proto;

    private static string Name(TypeRef? type) => type switch
    {
        NamedTypeRef n => n.TypeId,
        WellKnownType w => "google.protobuf." + w.Kind,
        null => "",
        _ => type.ToString(),
    };

    public override void Check(OperationPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && Name(p.Output) != Name(c.Output))
        {
            context.Report(pair, $"RPC \"{c.Name}\" changed response type from \"{Name(p.Output)}\" to \"{Name(c.Output)}\".");
        }
    }
}
