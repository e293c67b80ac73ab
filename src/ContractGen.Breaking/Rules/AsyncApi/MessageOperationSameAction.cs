using ContractGen.Model;

namespace ContractGen.Breaking.Rules.AsyncApi;

internal sealed class MessageOperationSameAction : BreakingRule<MessageOperationPair>
{
    public override string Id => "MESSAGE_OPERATION_SAME_ACTION";

    public override string Purpose => "Operations keep their action (send or receive).";

    public override IReadOnlyList<string> Categories => AsyncApiOnly;

    public override FormatSet Formats => FormatSet.AsyncApi;

    public override void Check(MessageOperationPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && p.Action != c.Action)
        {
            context.Report(pair, $"The operation \"{c.Id}\" changed its action from {p.Action.ToString().ToLowerInvariant()} to {c.Action.ToString().ToLowerInvariant()}.");
        }
    }
}
