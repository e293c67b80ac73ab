using ContractGen.Model;

namespace ContractGen.Breaking.Rules.Http;

internal sealed class HttpSamePath : BreakingRule<HttpBindingPair>
{
    public override string Id => "HTTP_SAME_PATH";

    public override string Purpose => "HTTP bindings keep their path template (renaming an OpenAPI path variable is fine).";

    public override IReadOnlyList<string> Categories => ProtoAndOpenApi;

    public override FormatSet Formats => FormatSet.Http;

    private static string Shape(HttpBinding binding, FormatSet format) =>
        format == FormatSet.Proto ? binding.Path.Text : Pairing.RouteKey(binding with { Method = "" });

    public override void Check(HttpBindingPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && Shape(p, pair.Format) != Shape(c, pair.Format))
        {
            context.Report(pair, $"The path of \"{pair.CurrentOperation.Name}\" changed from {p.Path.Text} to {c.Path.Text}.");
        }
    }
}
