using ContractGen.Model;

namespace ContractGen.Breaking.Rules.OpenApi;

internal sealed class ResponseSuccessStatusRemoved : BreakingRule<ResponsePair>
{
    public override string Id => "RESPONSE_SUCCESS_STATUS_REMOVED";

    public override string Purpose => "Success (2xx) responses are not removed.";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    public override void Check(ResponsePair pair, CheckContext context)
    {
        if (pair is { Previous: { IsSuccess: true } p, Current: null })
        {
            context.Report(pair, $"The {p.Status} response of \"{pair.Binding.CurrentOperation.Name}\" was removed.");
        }
    }
}
