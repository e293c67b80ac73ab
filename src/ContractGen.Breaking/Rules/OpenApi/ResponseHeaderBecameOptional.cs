using ContractGen.Model;

namespace ContractGen.Breaking.Rules.OpenApi;

internal sealed class ResponseHeaderBecameOptional : BreakingRule<ResponsePair>
{
    public override string Id => "RESPONSE_HEADER_BECAME_OPTIONAL";

    public override string Purpose => "Required response headers stay required.";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    public override void Check(ResponsePair pair, CheckContext context)
    {
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        foreach (var header in c.Headers.Where(h => !h.Required && p.Headers.Any(x => x.Required && string.Equals(x.Name, h.Name, StringComparison.OrdinalIgnoreCase))))
        {
            context.Report(pair, $"The header \"{header.Name}\" of the {c.Status} response of \"{pair.Binding.CurrentOperation.Name}\" became optional.", header.Span);
        }
    }
}
