using ContractGen.Model;

namespace ContractGen.Breaking.Rules.OpenApi;

internal sealed class RequestParameterBecameRequired : BreakingRule<ParameterPair>
{
    public override string Id => "REQUEST_PARAMETER_BECAME_REQUIRED";

    public override string Purpose => "Optional parameters do not become required.";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    public override void Check(ParameterPair pair, CheckContext context)
    {
        if (pair is { Previous: { Required: false } p, Current: { Required: true } c } && p.In == c.In)
        {
            context.Report(pair, $"The {RequestParameterRequiredAdded.Where(c)} parameter \"{c.Name}\" of \"{pair.Binding.CurrentOperation.Name}\" became required.");
        }
    }
}
