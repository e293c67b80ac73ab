using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSamePackage : BreakingRule<DocumentPair>
{
    public override string Id => "FILE_SAME_PACKAGE";

    public override string Purpose => "Files keep their package.";

    public override IReadOnlyList<string> Categories => AllProto;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(DocumentPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && (p.Package ?? "") != (c.Package ?? ""))
        {
            context.Report(pair, $"File package changed from \"{p.Package}\" to \"{c.Package}\".", FileOptionRule.Position(c));
        }
    }
}
