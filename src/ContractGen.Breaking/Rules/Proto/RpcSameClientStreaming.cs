using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class RpcSameClientStreaming : BreakingRule<OperationPair>
{
    public override string Id => "RPC_SAME_CLIENT_STREAMING";

    public override string Purpose => "RPCs keep client streaming.";

    public override IReadOnlyList<string> Categories => AllProto;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(OperationPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && ClientStreams(p) != ClientStreams(c))
        {
            context.Report(pair, $"RPC \"{c.Name}\" changed from client {StreamingMode(ClientStreams(p))} to client {StreamingMode(ClientStreams(c))}.");
        }
    }
}
