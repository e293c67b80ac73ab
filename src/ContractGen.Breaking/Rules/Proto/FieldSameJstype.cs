using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldSameJstype : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_SAME_JSTYPE";

    public override string Purpose => "64-bit integer fields keep their jstype option.";

    public override IReadOnlyList<string> Categories => FilePackage;

    public override FormatSet Formats => FormatSet.Proto;

    private static bool Is64(string kind) => kind is "int64" or "uint64" or "sint64" or "fixed64" or "sfixed64";

    public override void Check(FieldPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && Is64(Kind(p, context.Previous)) && Is64(Kind(c, context.Current)) &&
            (FieldOption(p, "jstype") ?? "JS_NORMAL") != (FieldOption(c, "jstype") ?? "JS_NORMAL"))
        {
            context.Report(pair, $"{Describe(c, pair.CurrentRecord)} changed option \"jstype\" from \"{FieldOption(p, "jstype") ?? "JS_NORMAL"}\" to \"{FieldOption(c, "jstype") ?? "JS_NORMAL"}\".");
        }
    }
}
