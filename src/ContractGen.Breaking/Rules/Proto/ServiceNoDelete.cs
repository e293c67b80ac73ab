using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class ServiceNoDelete : BreakingRule<DocumentPair>
{
    public override string Id => "SERVICE_NO_DELETE";

    public override string Purpose => "Services may not be deleted from a file.";

    public override IReadOnlyList<string> Categories => File;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(DocumentPair pair, CheckContext context)
    {
        if (pair is not { Previous: { } p, Current: { } c })
        {
            return;
        }

        var key = context.Previous.DocumentKey(p);
        var kept = context.Current.ServicesInFile(context.Current.DocumentKey(c)).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var service in context.Previous.ServicesInFile(key).Where(s => !kept.Contains(s.Name)))
        {
            context.Report(pair, $"Previously present service \"{service.Name}\" was deleted from file.", FileOptionRule.Position(c), service.Id);
        }
    }
}
