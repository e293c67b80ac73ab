using ContractGen.Model;

namespace ContractGen.Breaking.Rules.Http;

internal sealed class HttpSameBody : BreakingRule<HttpBindingPair>
{
    public override string Id => "HTTP_SAME_BODY";

    public override string Purpose => "google.api.http bindings keep their body mapping.";

    public override IReadOnlyList<string> Categories => AllProto;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(HttpBindingPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && p.BodyField != c.BodyField)
        {
            context.Report(pair, $"The body mapping of \"{pair.CurrentOperation.Name}\" changed from \"{p.BodyField ?? "(none)"}\" to \"{c.BodyField ?? "(none)"}\".");
        }
    }
}
