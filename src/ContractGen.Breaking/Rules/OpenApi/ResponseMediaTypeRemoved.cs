using ContractGen.Model;

namespace ContractGen.Breaking.Rules.OpenApi;

internal sealed class ResponseMediaTypeRemoved : BreakingRule<ResponsePair>
{
    public override string Id => "RESPONSE_MEDIA_TYPE_REMOVED";

    public override string Purpose => "Responses keep offering every media type they offered.";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    public override void Check(ResponsePair pair, CheckContext context)
    {
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        foreach (var media in p.Content.Where(m => !c.Content.Any(x => x.MediaType == m.MediaType)))
        {
            context.Report(pair, $"The {c.Status} response of \"{pair.Binding.CurrentOperation.Name}\" no longer offers {media.MediaType}.");
        }
    }
}
