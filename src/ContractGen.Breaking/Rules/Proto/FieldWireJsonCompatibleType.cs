using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldWireJsonCompatibleType : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_WIRE_JSON_COMPATIBLE_TYPE";

    public override string Purpose => "Fields keep a type compatible on the wire and in ProtoJSON.";

    public override IReadOnlyList<string> Categories => WireJsonOnly;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(FieldPair pair, CheckContext context) => ProtoChecks.TypeChange(pair, context, WireJsonGroup, stringToBytesCompatible: false);
}
