using ContractGen.Model;

namespace ContractGen.Breaking.Rules.AsyncApi;

internal sealed class MessageSameContentType : BreakingRule<MessagePair>
{
    public override string Id => "MESSAGE_SAME_CONTENT_TYPE";

    public override string Purpose => "Messages keep their content type.";

    public override IReadOnlyList<string> Categories => AsyncApiOnly;

    public override FormatSet Formats => FormatSet.AsyncApi;

    public override void Check(MessagePair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && (p.ContentType ?? "") != (c.ContentType ?? ""))
        {
            context.Report(pair, $"The content type of message \"{c.Id}\" changed from {p.ContentType ?? "the default"} to {c.ContentType ?? "the default"}.");
        }
    }
}
