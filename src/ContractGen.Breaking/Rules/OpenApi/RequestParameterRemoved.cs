using ContractGen.Model;

namespace ContractGen.Breaking.Rules.OpenApi;

internal sealed class RequestParameterRemoved : BreakingRule<ParameterPair>
{
    public override string Id => "REQUEST_PARAMETER_REMOVED";

    public override string Purpose => "Removed parameters are reported: clients may still send them and the server now ignores them.";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    public override RuleLevel DefaultLevel => RuleLevel.Warning;

    public override void Check(ParameterPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: null })
        {
            context.Report(pair, $"The {RequestParameterRequiredAdded.Where(p)} parameter \"{p.Name}\" of \"{pair.Binding.CurrentOperation.Name}\" was removed.");
        }
    }
}
