using ContractGen.Model;

namespace ContractGen.Breaking.Rules.OpenApi;

internal sealed class ResponseStatusRemoved : BreakingRule<ResponsePair>
{
    public override string Id => "RESPONSE_STATUS_REMOVED";

    public override string Purpose => "Removed non-success responses are reported for information.";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    public override RuleLevel DefaultLevel => RuleLevel.Info;

    public override void Check(ResponsePair pair, CheckContext context)
    {
        if (pair is { Previous: { IsSuccess: false } p, Current: null })
        {
            context.Report(pair, $"The {p.Status} response of \"{pair.Binding.CurrentOperation.Name}\" was removed.");
        }
    }
}
