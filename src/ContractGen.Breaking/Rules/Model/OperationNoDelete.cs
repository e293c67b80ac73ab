using ContractGen.Model;

namespace ContractGen.Breaking.Rules.Model;

internal sealed class OperationNoDelete : BreakingRule<OperationPair>
{
    public override string Id => "OPERATION_NO_DELETE";

    public override string Purpose => "Operations (RPCs, HTTP operations) may not be removed or renamed.";

    public override IReadOnlyList<string> Categories => ProtoAndOpenApi;

    public override FormatSet Formats => FormatSet.Http;

    public override void Check(OperationPair pair, CheckContext context)
    {
        if (pair is not { IsDeleted: true, Previous: { } p })
        {
            return;
        }

        if ((pair.Format == FormatSet.Proto && context.IsEnabled("RPC_NO_DELETE")) || (p.Deprecated && context.Options.DeprecateBeforeRemove))
        {
            return;
        }

        var route = p.Http.FirstOrDefault() is { } b ? $" ({b.Method} {b.Path.Text})" : "";
        var what = pair.Format == FormatSet.Proto ? "RPC" : "Operation";
        var hint = context.Options.DeprecateBeforeRemove ? " without being deprecated first" : "";
        context.Report(pair, $"{what} \"{p.Name}\"{route} was removed or renamed{hint}.", p.Span);
    }
}
