using ContractGen.Model;

namespace ContractGen.Breaking.Rules.OpenApi;

internal sealed class RequestParameterLocationChanged : BreakingRule<ParameterPair>
{
    public override string Id => "REQUEST_PARAMETER_LOCATION_CHANGED";

    public override string Purpose => "Parameters stay where they are sent (path, query, header, cookie).";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    public override void Check(ParameterPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && p.In != c.In)
        {
            context.Report(pair, $"The parameter \"{c.Name}\" of \"{pair.Binding.CurrentOperation.Name}\" moved from {RequestParameterRequiredAdded.Where(p)} to {RequestParameterRequiredAdded.Where(c)}.");
        }
    }
}
