using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class RpcSameIdempotencyLevel : BreakingRule<OperationPair>
{
    public override string Id => "RPC_SAME_IDEMPOTENCY_LEVEL";

    public override string Purpose => "RPCs keep their idempotency_level.";

    public override IReadOnlyList<string> Categories => AllProto;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(OperationPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && (p.IdempotencyLevel ?? "IDEMPOTENCY_UNKNOWN") != (c.IdempotencyLevel ?? "IDEMPOTENCY_UNKNOWN"))
        {
            context.Report(pair, $"RPC \"{c.Name}\" changed option \"idempotency_level\" from \"{p.IdempotencyLevel ?? "IDEMPOTENCY_UNKNOWN"}\" to \"{c.IdempotencyLevel ?? "IDEMPOTENCY_UNKNOWN"}\".");
        }
    }
}
