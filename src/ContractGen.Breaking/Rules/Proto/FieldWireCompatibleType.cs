using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FieldWireCompatibleType : BreakingRule<FieldPair>
{
    public override string Id => "FIELD_WIRE_COMPATIBLE_TYPE";

    public override string Purpose => "Fields keep a wire-compatible type.";

    public override IReadOnlyList<string> Categories => WireOnly;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(FieldPair pair, CheckContext context) => ProtoChecks.TypeChange(pair, context, WireGroup, stringToBytesCompatible: true);
}
