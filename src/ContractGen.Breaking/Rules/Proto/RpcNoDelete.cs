using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class RpcNoDelete : BreakingRule<ServicePair>
{
    public override string Id => "RPC_NO_DELETE";

    public override string Purpose => "RPCs may not be deleted from a service.";

    public override IReadOnlyList<string> Categories => FilePackage;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(ServicePair pair, CheckContext context)
    {
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        foreach (var rpc in p.Operations.Where(o => !c.Operations.Any(x => x.Name == o.Name)))
        {
            context.Report(pair, $"Previously present RPC \"{rpc.Name}\" on service \"{c.Name}\" was deleted.", c.Span, rpc.Id);
        }
    }
}
