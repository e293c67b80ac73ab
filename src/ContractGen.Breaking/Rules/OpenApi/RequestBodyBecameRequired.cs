using ContractGen.Model;

namespace ContractGen.Breaking.Rules.OpenApi;

internal sealed class RequestBodyBecameRequired : BreakingRule<RequestBodyPair>
{
    public override string Id => "REQUEST_BODY_BECAME_REQUIRED";

    public override string Purpose => "Operations do not start requiring a request body.";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    public override void Check(RequestBodyPair pair, CheckContext context)
    {
        if (pair.Current is { Required: true } && pair.Previous is not { Required: true })
        {
            context.Report(pair, $"The request body of \"{pair.Binding.CurrentOperation.Name}\" became required.");
        }
    }
}
