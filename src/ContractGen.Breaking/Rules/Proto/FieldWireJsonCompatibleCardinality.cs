using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldWireJsonCompatibleCardinality : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY";

    public override string Purpose => "Fields keep a wire- and JSON-compatible cardinality.";

    public override IReadOnlyList<string> Categories => WireJsonOnly;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(FieldPair pair, CheckContext context) => ProtoChecks.CardinalityChange(pair, context, WireJsonCardinalityGroup);
}
