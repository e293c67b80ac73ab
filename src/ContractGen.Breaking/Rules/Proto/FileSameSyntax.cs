using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSameSyntax : BreakingRule<DocumentPair>
{
    public override string Id => "FILE_SAME_SYNTAX";

    public override string Purpose => "Files keep their syntax or edition.";

    public override IReadOnlyList<string> Categories => FilePackage;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(DocumentPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && p.SpecVersion != c.SpecVersion)
        {
            context.Report(pair, $"File syntax changed from \"{p.SpecVersion}\" to \"{c.SpecVersion}\".", FileOptionRule.Position(c));
        }
    }
}
