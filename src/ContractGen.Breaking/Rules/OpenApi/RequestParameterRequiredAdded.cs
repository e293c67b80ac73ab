using ContractGen.Model;

namespace ContractGen.Breaking.Rules.OpenApi;

internal sealed class RequestParameterRequiredAdded : BreakingRule<ParameterPair>
{
    public override string Id => "REQUEST_PARAMETER_REQUIRED_ADDED";

    public override string Purpose => "Operations do not gain required parameters.";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    internal static string Where(HttpParameter parameter) => parameter.In.ToString().ToLowerInvariant();

    public override void Check(ParameterPair pair, CheckContext context)
    {
        if (pair is { Previous: null, Current: { Required: true } c })
        {
            context.Report(pair, $"New required {Where(c)} parameter \"{c.Name}\" on \"{pair.Binding.CurrentOperation.Name}\".");
        }
    }
}
