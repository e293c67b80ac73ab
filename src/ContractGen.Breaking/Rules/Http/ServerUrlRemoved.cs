using ContractGen.Model;

namespace ContractGen.Breaking.Rules.Http;

internal sealed class ServerUrlRemoved : BreakingRule<HttpBindingPair>
{
    public override string Id => "SERVER_URL_REMOVED";

    public override string Purpose => "Server URLs and base paths an operation was served under stay available.";

    public override IReadOnlyList<string> Categories => OpenApiOnly;

    public override FormatSet Formats => FormatSet.OpenApi;

    public override void Check(HttpBindingPair pair, CheckContext context)
    {
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        foreach (var server in p.Servers.Where(s => !c.Servers.Contains(s)))
        {
            context.Report(pair, $"\"{pair.CurrentOperation.Name}\" is no longer served under {server}.");
        }
    }
}
