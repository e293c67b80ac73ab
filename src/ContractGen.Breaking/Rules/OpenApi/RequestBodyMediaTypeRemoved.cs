using ContractGen.Model;

namespace ContractGen.Breaking.Rules.OpenApi;

internal sealed class RequestBodyMediaTypeRemoved : BreakingRule<RequestBodyPair>
{
    public override string Id => "REQUEST_BODY_MEDIA_TYPE_REMOVED";

    public override string Purpose => "Request bodies keep accepting every media type they accepted.";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    public override void Check(RequestBodyPair pair, CheckContext context)
    {
        // A body removed as a whole is REQUEST_BODY_REMOVED's.
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        foreach (var media in p.Content.Where(m => !c.Content.Any(x => x.MediaType == m.MediaType)))
        {
            context.Report(pair, $"The request body of \"{pair.Binding.CurrentOperation.Name}\" no longer accepts {media.MediaType}.");
        }
    }
}
