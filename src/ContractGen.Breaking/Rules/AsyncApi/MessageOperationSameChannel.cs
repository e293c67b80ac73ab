using ContractGen.Model;

namespace ContractGen.Breaking.Rules.AsyncApi;

internal sealed class MessageOperationSameChannel : BreakingRule<MessageOperationPair>
{
    public override string Id => "MESSAGE_OPERATION_SAME_CHANNEL";

    public override string Purpose => "Operations stay on their channel.";

    public override IReadOnlyList<string> Categories => AsyncApiOnly;

    public override FormatSet Formats => FormatSet.AsyncApi;

    public override void Check(MessageOperationPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && p.ChannelId != c.ChannelId)
        {
            context.Report(pair, $"The operation \"{c.Id}\" moved from channel \"{p.ChannelId}\" to \"{c.ChannelId}\".");
        }
    }
}
