using ContractGen.Model;

namespace ContractGen.Breaking.Rules.AsyncApi;

internal sealed class MessageOperationNoDelete : BreakingRule<MessageOperationPair>
{
    public override string Id => "MESSAGE_OPERATION_NO_DELETE";

    public override string Purpose => "Operations may not be removed (unless deprecated first, under the deprecate-before-remove policy).";

    public override IReadOnlyList<string> Categories => AsyncApiOnly;

    public override FormatSet Formats => FormatSet.AsyncApi;

    public override void Check(MessageOperationPair pair, CheckContext context)
    {
        if (pair is { IsDeleted: true, Previous: { } p } && !Deprecation.MayRemove(p, context))
        {
            context.Report(pair, $"The {p.Action.ToString().ToLowerInvariant()} operation \"{p.Id}\" on channel \"{p.ChannelId}\" was removed.", p.Span);
        }
    }
}
