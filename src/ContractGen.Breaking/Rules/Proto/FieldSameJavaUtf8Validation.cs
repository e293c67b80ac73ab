using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldSameJavaUtf8Validation : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_SAME_JAVA_UTF8_VALIDATION";

    public override string Purpose => "String fields keep their Java UTF-8 validation (java_string_check_utf8).";

    public override IReadOnlyList<string> Categories => FilePackage;

    public override FormatSet Formats => FormatSet.Proto;

    /// <summary>
    /// As buf resolves it: java_string_check_utf8 = true verifies; otherwise the field's own utf8_validation feature
    /// applies (NONE in proto2, VERIFY in proto3, the feature in editions). The editions-only (pb.java).utf8_validation
    /// feature is not in the model.
    /// </summary>
    private static string Validation(ModelIndex side, RecordDef record, FieldDef field)
    {
        var document = side.DocumentOf(record);
        var check = document is null ? null : Option(document, "java_string_check_utf8");
        return check == "true" ? "VERIFY" : FieldSameUtf8Validation.Validation(side, record, field);
    }

    public override void Check(FieldPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && Kind(p, context.Previous) == "string" && Kind(c, context.Current) == "string")
        {
            string pv = Validation(context.Previous, pair.PreviousRecord, p), cv = Validation(context.Current, pair.CurrentRecord, c);
            if (pv != cv)
            {
                context.Report(pair, $"{Describe(c, pair.CurrentRecord)} changed Java string UTF8 validation from \"{pv}\" to \"{cv}\".");
            }
        }
    }
}
