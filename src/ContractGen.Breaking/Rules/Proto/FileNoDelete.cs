using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileNoDelete : BreakingRule<DocumentPair>
{
    public override string Id => "FILE_NO_DELETE";

    public override string Purpose => "Files may not be deleted.";

    public override IReadOnlyList<string> Categories => File;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(DocumentPair pair, CheckContext context)
    {
        if (pair is { IsDeleted: true, Previous: { } p })
        {
            context.Report(pair, $"Previously present file \"{context.Previous.DocumentKey(p)}\" was deleted.", FileOptionRule.Position(p));
        }
    }
}
