using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldSameCppStringType : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_SAME_CPP_STRING_TYPE";

    public override string Purpose => "String and bytes fields keep their C++ string type (ctype).";

    public override IReadOnlyList<string> Categories => FilePackage;

    public override FormatSet Formats => FormatSet.Proto;

    private static bool IsText(string kind) => kind is "string" or "bytes";

    public override void Check(FieldPair pair, CheckContext context)
    {
        if (pair is not { Previous: { } p, Current: { } c } || pair.CurrentRecord.IsMapEntry || !IsText(Kind(p, context.Previous)) || !IsText(Kind(c, context.Current)))
        {
            return;
        }

        string pt = FieldOption(p, "ctype") ?? "STRING", ct = FieldOption(c, "ctype") ?? "STRING";
        if (pt != ct && !(pt == "STRING_PIECE" && ct == "STRING"))
        {
            context.Report(pair, $"{Describe(c, pair.CurrentRecord)} changed C++ string type from \"{pt}\" to \"{ct}\".");
        }
    }
}
