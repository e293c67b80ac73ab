using ContractGen.Model;

namespace ContractGen.Breaking.Rules.AsyncApi;

internal sealed class ChannelNoDelete : BreakingRule<ChannelPair>
{
    public override string Id => "CHANNEL_NO_DELETE";

    public override string Purpose => "Channels may not be removed (unless deprecated first, under the deprecate-before-remove policy).";

    public override IReadOnlyList<string> Categories => AsyncApiOnly;

    public override FormatSet Formats => FormatSet.AsyncApi;

    public override void Check(ChannelPair pair, CheckContext context)
    {
        if (pair is { IsDeleted: true, Previous: { } p } && !Deprecation.MayRemove(p, context))
        {
            context.Report(pair, $"The channel \"{p.Id}\"{(p.Address is { } a ? " (" + a.Text + ")" : "")} was removed.", p.Span);
        }
    }
}
