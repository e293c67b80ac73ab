using ContractGen.Model;

namespace ContractGen.Breaking.Rules.OpenApi;

internal sealed class RequestBodyRemoved : BreakingRule<RequestBodyPair>
{
    public override string Id => "REQUEST_BODY_REMOVED";

    public override string Purpose => "Operations keep accepting the request body they accepted.";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    public override void Check(RequestBodyPair pair, CheckContext context)
    {
        if (pair is { Previous: not null, Current: null })
        {
            context.Report(pair, $"The request body of \"{pair.Binding.CurrentOperation.Name}\" was removed: clients that send one are no longer served as documented.");
        }
    }
}
