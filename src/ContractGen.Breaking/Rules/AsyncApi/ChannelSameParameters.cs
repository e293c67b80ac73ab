using ContractGen.Model;

namespace ContractGen.Breaking.Rules.AsyncApi;

internal sealed class ChannelSameParameters : BreakingRule<ChannelPair>
{
    public override string Id => "CHANNEL_SAME_PARAMETERS";

    public override string Purpose => "Channels keep their address parameters and where their values come from (renaming one is fine).";

    public override IReadOnlyList<string> Categories => AsyncApiOnly;

    public override FormatSet Formats => FormatSet.AsyncApi;

    public override void Check(ChannelPair pair, CheckContext context)
    {
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        foreach (var (pp, cp) in ChannelParameters.Pair(p, c))
        {
            if (cp is null)
            {
                context.Report(pair, $"The parameter \"{pp!.Name}\" of channel \"{c.Id}\" was removed.");
            }
            else if (pp is null)
            {
                context.Report(pair, $"The parameter \"{cp.Name}\" was added to channel \"{c.Id}\".", cp.Span);
            }
            else if ((pp.Location ?? "") != (cp.Location ?? ""))
            {
                context.Report(pair, $"The location of parameter \"{cp.Name}\" of channel \"{c.Id}\" changed from {pp.Location ?? "(none)"} to {cp.Location ?? "(none)"}.", cp.Span);
            }
        }
    }
}
