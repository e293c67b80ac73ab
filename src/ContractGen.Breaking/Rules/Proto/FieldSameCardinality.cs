using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldSameCardinality : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_SAME_CARDINALITY";

    public override string Purpose => "Fields keep their cardinality (optional, implicit, required, repeated).";

    public override IReadOnlyList<string> Categories => FilePackage;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(FieldPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c } && !pair.CurrentRecord.IsMapEntry && Cardinality(p, context.Previous, pair.PreviousRecord) != Cardinality(c, context.Current, pair.CurrentRecord))
        {
            context.Report(pair, $"{Describe(c, pair.CurrentRecord)} changed cardinality from \"{Cardinality(p, context.Previous, pair.PreviousRecord)}\" to \"{Cardinality(c, context.Current, pair.CurrentRecord)}\".");
        }
    }
}
