using ContractGen.Model;

namespace ContractGen.Breaking.Rules.AsyncApi;

internal sealed class ServerSameProtocol : BreakingRule<ServerPair>
{
    public override string Id => "SERVER_SAME_PROTOCOL";

    public override string Purpose => "Servers keep their protocol and protocol version.";

    public override IReadOnlyList<string> Categories => AsyncApiOnly;

    public override FormatSet Formats => FormatSet.AsyncApi;

    private static string Describe(Server s) => s.ProtocolVersion is { Length: > 0 } v ? $"{s.Protocol} {v}" : s.Protocol ?? "(none)";

    public override void Check(ServerPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && (p.Protocol != c.Protocol || p.ProtocolVersion != c.ProtocolVersion))
        {
            context.Report(pair, $"The protocol of server \"{c.Name}\" changed from {Describe(p)} to {Describe(c)}.");
        }
    }
}
