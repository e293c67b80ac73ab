using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class RpcSameServerStreaming : BreakingRule<OperationPair>
{
    public override string Id => "RPC_SAME_SERVER_STREAMING";

    public override string Purpose => "RPCs keep server streaming.";

    public override IReadOnlyList<string> Categories => AllProto;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(OperationPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && ServerStreams(p) != ServerStreams(c))
        {
            context.Report(pair, $"RPC \"{c.Name}\" changed from server {StreamingMode(ServerStreams(p))} to server {StreamingMode(ServerStreams(c))}.");
        }
    }
}
