using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldSameUtf8Validation : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_SAME_UTF8_VALIDATION";

    public override string Purpose => "String fields keep their UTF-8 validation (proto3 and editions verify, proto2 does not).";

    public override IReadOnlyList<string> Categories => FilePackage;

    public override FormatSet Formats => FormatSet.Proto;

    /// <summary>The field's utf8_validation feature: field, then file, then the syntax default.</summary>
    internal static string Validation(ModelIndex side, RecordDef record, FieldDef field) =>
        FieldOption(field, "features.utf8_validation") ?? (side.DocumentOf(record) is { } d ? Option(d, "features.utf8_validation")?.Trim('"') : null)
        ?? (side.DocumentOf(record)?.SpecVersion == "proto2" ? "NONE" : "VERIFY");

    public override void Check(FieldPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && Kind(p, context.Previous) == "string" && Kind(c, context.Current) == "string")
        {
            string pv = Validation(context.Previous, pair.PreviousRecord, p), cv = Validation(context.Current, pair.CurrentRecord, c);
            if (pv != cv)
            {
                context.Report(pair, $"{Describe(c, pair.CurrentRecord)} changed UTF8 validation from {pv} to {cv}.");
            }
        }
    }
}
