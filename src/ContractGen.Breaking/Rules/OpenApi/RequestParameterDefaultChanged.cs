using ContractGen.Model;

namespace ContractGen.Breaking.Rules.OpenApi;

internal sealed class RequestParameterDefaultChanged : BreakingRule<ParameterPair>
{
    public override string Id => "REQUEST_PARAMETER_DEFAULT_CHANGED";

    public override string Purpose => "Optional parameters keep their default value (clients that leave them out keep the behaviour they had).";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    public override void Check(ParameterPair pair, CheckContext context)
    {
        if (pair is not { Previous: { Required: false } p, Current: { Required: false } c })
        {
            return;
        }

        var before = context.Previous.Resolve(p.Type).Constraints.Default ?? p.Type.Constraints.Default;
        var after = context.Current.Resolve(c.Type).Constraints.Default ?? c.Type.Constraints.Default;
        if (before != after)
        {
            context.Report(pair, $"The default of the {RequestParameterRequiredAdded.Where(c)} parameter \"{c.Name}\" of \"{pair.Binding.CurrentOperation.Name}\" changed from {before ?? "none"} to {after ?? "none"}.");
        }
    }
}
