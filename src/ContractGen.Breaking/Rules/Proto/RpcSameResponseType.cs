using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class RpcSameResponseType : BreakingRule<OperationPair>
{
    public override string Id => "RPC_SAME_RESPONSE_TYPE";

    public override string Purpose => "RPCs keep their response type.";

    public override IReadOnlyList<string> Categories => AllProto;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(OperationPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && RpcTypeName(p.Output) != RpcTypeName(c.Output))
        {
            context.Report(pair, $"RPC \"{c.Name}\" changed response type from \"{RpcTypeName(p.Output)}\" to \"{RpcTypeName(c.Output)}\".");
        }
    }
}
