using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class EnumNoDelete : BreakingRule<DocumentPair>
{
    public override string Id => "ENUM_NO_DELETE";

    public override string Purpose => "Enums may not be deleted from a file.";

    public override IReadOnlyList<string> Categories => File;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(DocumentPair pair, CheckContext context) => ProtoChecks.DeletedFromFile<EnumDef>(pair, context, "enum");
}
