using ContractGen.Model;

namespace ContractGen.Breaking.Rules.Http;

internal sealed class HttpSameResponseBody : BreakingRule<HttpBindingPair>
{
    public override string Id => "HTTP_SAME_RESPONSE_BODY";

    public override string Purpose => "google.api.http bindings keep their response_body mapping.";

    public override IReadOnlyList<string> Categories => AllProto;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(HttpBindingPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && p.ResponseBodyField != c.ResponseBodyField)
        {
            context.Report(pair, $"The response_body mapping of \"{pair.CurrentOperation.Name}\" changed from \"{p.ResponseBodyField ?? "(whole message)"}\" to \"{c.ResponseBodyField ?? "(whole message)"}\".");
        }
    }
}
