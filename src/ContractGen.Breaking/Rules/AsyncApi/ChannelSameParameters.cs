using ContractGen.Model;

namespace ContractGen.Breaking.Rules.AsyncApi;

internal sealed class ChannelSameParameters : BreakingRule<ChannelPair>
{
    public override string Id => "CHANNEL_SAME_PARAMETERS";

    public override string Purpose => "Channels keep their address parameters.";

    public override IReadOnlyList<string> Categories => AsyncApiOnly;

    public override FormatSet Formats => FormatSet.AsyncApi;

    public override void Check(ChannelPair pair, CheckContext context)
    {
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        foreach (var name in p.Parameters.Select(x => x.Name).Except(c.Parameters.Select(x => x.Name), StringComparer.Ordinal))
        {
            context.Report(pair, $"The parameter \"{name}\" of channel \"{c.Id}\" was removed.");
        }

        foreach (var parameter in c.Parameters.Where(x => !p.Parameters.Any(y => y.Name == x.Name)))
        {
            context.Report(pair, $"The parameter \"{parameter.Name}\" was added to channel \"{c.Id}\".", parameter.Span);
        }
    }
}
