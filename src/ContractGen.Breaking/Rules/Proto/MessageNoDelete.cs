using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class MessageNoDelete : BreakingRule<DocumentPair>
{
    public override string Id => "MESSAGE_NO_DELETE";

    public override string Purpose => "Messages may not be deleted from a file.";

    public override IReadOnlyList<string> Categories => File;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(DocumentPair pair, CheckContext context)
    {
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        var key = context.Previous.DocumentKey(p);
        var kept = context.Current.TypesInFile(context.Current.DocumentKey(c)).OfType<RecordDef>().Select(t => NestedName(t, context.Current)).ToHashSet(StringComparer.Ordinal);
        foreach (var type in context.Previous.TypesInFile(key).OfType<RecordDef>().Where(t => !kept.Contains(NestedName(t, context.Previous))))
        {
            context.Report(pair, $"Previously present message \"{NestedName(type, context.Previous)}\" was deleted from file.", DeletionSite(type, context.Current, c), type.Id);
        }
    }
}
