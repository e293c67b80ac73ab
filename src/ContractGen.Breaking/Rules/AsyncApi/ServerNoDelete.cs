using ContractGen.Model;

namespace ContractGen.Breaking.Rules.AsyncApi;

internal sealed class ServerNoDelete : BreakingRule<ServerPair>
{
    public override string Id => "SERVER_NO_DELETE";

    public override string Purpose => "Servers may not be removed.";

    public override IReadOnlyList<string> Categories => AsyncApiOnly;

    public override FormatSet Formats => FormatSet.AsyncApi;

    public override void Check(ServerPair pair, CheckContext context)
    {
        if (pair is { IsDeleted: true, Previous: { } p })
        {
            context.Report(pair, $"The server \"{p.Name}\" ({p.Url}) was removed.", p.Span);
        }
    }
}
