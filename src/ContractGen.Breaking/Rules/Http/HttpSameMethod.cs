using ContractGen.Model;

namespace ContractGen.Breaking.Rules.Http;

internal sealed class HttpSameMethod : BreakingRule<HttpBindingPair>
{
    public override string Id => "HTTP_SAME_METHOD";

    public override string Purpose => "HTTP bindings keep their method.";

    public override IReadOnlyList<string> Categories => ProtoAndOpenApi;

    public override FormatSet Formats => FormatSet.Http;

    public override void Check(HttpBindingPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && p.Method != c.Method)
        {
            context.Report(pair, $"The HTTP method of \"{pair.CurrentOperation.Name}\" changed from {p.Method} to {c.Method}.");
        }
    }
}
