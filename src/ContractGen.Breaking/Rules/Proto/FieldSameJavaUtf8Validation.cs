using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldSameJavaUtf8Validation : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_SAME_JAVA_UTF8_VALIDATION";

    public override string Purpose => "String fields keep their Java UTF-8 validation (java_string_check_utf8).";

    public override IReadOnlyList<string> Categories => FilePackage;

    public override FormatSet Formats => FormatSet.Proto;

    private static string Validation(ModelIndex side, RecordDef record)
    {
        var document = side.DocumentOf(record);
        var check = document is null ? null : Option(document, "java_string_check_utf8");
        return check == "true" ? "VERIFY" : document?.SpecVersion == "proto2" ? "NONE" : "VERIFY";
    }

    public override void Check(FieldPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && Kind(p, context.Previous) == "string" && Kind(c, context.Current) == "string")
        {
            string pv = Validation(context.Previous, pair.PreviousRecord), cv = Validation(context.Current, pair.CurrentRecord);
            if (pv != cv)
            {
                context.Report(pair, $"{Describe(c, pair.CurrentRecord)} changed Java string UTF8 validation from \"{pv}\" to \"{cv}\".");
            }
        }
    }
}
