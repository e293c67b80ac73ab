using ContractGen.Model;

namespace ContractGen.Breaking.Rules.AsyncApi;

internal sealed class ServerSameUrl : BreakingRule<ServerPair>
{
    public override string Id => "SERVER_SAME_URL";

    public override string Purpose => "Servers keep their host and path.";

    public override IReadOnlyList<string> Categories => AsyncApiOnly;

    public override FormatSet Formats => FormatSet.AsyncApi;

    public override void Check(ServerPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && p.Url != c.Url)
        {
            context.Report(pair, $"The URL of server \"{c.Name}\" changed from {p.Url} to {c.Url}.");
        }
    }
}
