using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class ExtensionNoDelete : BreakingRule<ExtensionPair>
{
    public override string Id => "EXTENSION_NO_DELETE";

    public override string Purpose => "Extensions may not be deleted from a file (moving one to another file breaks code generated per file).";

    public override IReadOnlyList<string> Categories => File;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(ExtensionPair pair, CheckContext context)
    {
        if (pair is { IsDeleted: true, Previous: { } e })
        {
            context.Report(pair, $"Previously present extension \"{pair.NestedName}\" was deleted from file.", DeletionSite(e, context.Current, pair.CurrentFile), e.Id);
        }
    }
}
