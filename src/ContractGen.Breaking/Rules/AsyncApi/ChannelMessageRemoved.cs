using ContractGen.Model;

namespace ContractGen.Breaking.Rules.AsyncApi;

internal sealed class ChannelMessageRemoved : BreakingRule<ChannelPair>
{
    public override string Id => "CHANNEL_MESSAGE_REMOVED";

    public override string Purpose => "Channels keep carrying every message they carried.";

    public override IReadOnlyList<string> Categories => AsyncApiOnly;

    public override FormatSet Formats => FormatSet.AsyncApi;

    public override void Check(ChannelPair pair, CheckContext context)
    {
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        foreach (var id in p.MessageIds.Except(c.MessageIds, StringComparer.Ordinal))
        {
            context.Report(pair, $"The message \"{id}\" was removed from channel \"{c.Id}\".");
        }
    }
}
