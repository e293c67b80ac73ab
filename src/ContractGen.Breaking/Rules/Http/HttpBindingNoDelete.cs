using ContractGen.Model;

namespace ContractGen.Breaking.Rules.Http;

internal sealed class HttpBindingNoDelete : BreakingRule<HttpBindingPair>
{
    public override string Id => "HTTP_BINDING_NO_DELETE";

    public override string Purpose => "HTTP bindings (google.api.http rules and additional_bindings) may not be removed from an operation.";

    public override IReadOnlyList<string> Categories => ProtoAndOpenApi;

    public override FormatSet Formats => FormatSet.Http;

    public override void Check(HttpBindingPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: null })
        {
            var which = p.IsAdditional ? "additional binding" : "HTTP binding";
            context.Report(pair, $"The {which} {p.Method} {p.Path.Text} of \"{pair.CurrentOperation.Name}\" was removed.", pair.CurrentOperation.Span);
        }
    }
}
