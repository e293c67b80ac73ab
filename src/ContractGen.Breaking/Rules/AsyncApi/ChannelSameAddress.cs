using ContractGen.Model;

namespace ContractGen.Breaking.Rules.AsyncApi;

internal sealed class ChannelSameAddress : BreakingRule<ChannelPair>
{
    public override string Id => "CHANNEL_SAME_ADDRESS";

    public override string Purpose => "Channels keep their address (renaming an address parameter is fine).";

    public override IReadOnlyList<string> Categories => AsyncApiOnly;

    public override FormatSet Formats => FormatSet.AsyncApi;

    private static string Shape(Channel channel) =>
        channel.Address is { } a ? System.Text.RegularExpressions.Regex.Replace(a.Text, "\\{[^}]*\\}", "{}") : "";

    public override void Check(ChannelPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && Shape(p) != Shape(c))
        {
            context.Report(pair, $"The address of channel \"{c.Id}\" changed from {p.Address?.Text ?? "(none)"} to {c.Address?.Text ?? "(none)"}.");
        }
    }
}
