using ContractGen.Model;

namespace ContractGen.Breaking.Rules.OpenApi;

internal sealed class ResponseHeaderRemoved : BreakingRule<ResponsePair>
{
    public override string Id => "RESPONSE_HEADER_REMOVED";

    public override string Purpose => "Required response headers are not removed.";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    public override void Check(ResponsePair pair, CheckContext context)
    {
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        foreach (var header in p.Headers.Where(h => h.Required && !c.Headers.Any(x => string.Equals(x.Name, h.Name, StringComparison.OrdinalIgnoreCase))))
        {
            context.Report(pair, $"The required header \"{header.Name}\" of the {c.Status} response of \"{pair.Binding.CurrentOperation.Name}\" was removed.");
        }
    }
}
