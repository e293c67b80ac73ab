using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class RpcSameRequestType : BreakingRule<OperationPair>
{
    public override string Id => "RPC_SAME_REQUEST_TYPE";

    public override string Purpose => "RPCs keep their request type.";

    public override IReadOnlyList<string> Categories => AllProto;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(OperationPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && RpcTypeName(p.Input) != RpcTypeName(c.Input))
        {
            context.Report(pair, $"RPC \"{c.Name}\" changed request type from \"{RpcTypeName(p.Input)}\" to \"{RpcTypeName(c.Input)}\".");
        }
    }
}
