using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class MessageNoDelete : BreakingRule<DocumentPair>
{
    public override string Id => "MESSAGE_NO_DELETE";

    public override string Purpose => "Messages may not be deleted from a file.";

    public override IReadOnlyList<string> Categories => File;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(DocumentPair pair, CheckContext context) => ProtoChecks.DeletedFromFile<RecordDef>(pair, context, "message");
}
