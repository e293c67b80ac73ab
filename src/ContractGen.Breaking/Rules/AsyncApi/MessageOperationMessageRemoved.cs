using ContractGen.Model;

namespace ContractGen.Breaking.Rules.AsyncApi;

internal sealed class MessageOperationMessageRemoved : BreakingRule<MessageOperationPair>
{
    public override string Id => "MESSAGE_OPERATION_MESSAGE_REMOVED";

    public override string Purpose => "Operations keep every message they sent or received.";

    public override IReadOnlyList<string> Categories => AsyncApiOnly;

    public override FormatSet Formats => FormatSet.AsyncApi;

    private static IEnumerable<string> Channel(CheckContext context, string id) =>
        context.Current.Model.Channels.FirstOrDefault(x => x.Id == id)?.MessageIds ?? [];

    public override void Check(MessageOperationPair pair, CheckContext context)
    {
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        var now = c.MessageIds.Length > 0 ? c.MessageIds : Channel(context, c.ChannelId);
        foreach (var id in p.MessageIds.Except(now, StringComparer.Ordinal))
        {
            context.Report(pair, $"The message \"{id}\" was removed from the {c.Action.ToString().ToLowerInvariant()} operation \"{c.Id}\".");
        }
    }
}
