using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class ExtensionMessageNoDelete : BreakingRule<TypePair>
{
    public override string Id => "EXTENSION_MESSAGE_NO_DELETE";

    public override string Purpose => "Extension ranges may not be deleted from a message.";

    public override IReadOnlyList<string> Categories => FilePackage;

    public override FormatSet Formats => FormatSet.Proto;

    /// <summary>Previous ranges not fully covered by the current ones.</summary>
    internal static IEnumerable<NumberRange> Missing(IEnumerable<NumberRange> previous, IReadOnlyCollection<NumberRange> current) =>
        previous.Where(r => !current.Any(x => x.Start <= r.Start && x.End >= r.End));

    public override void Check(TypePair pair, CheckContext context)
    {
        if (pair is { Previous: RecordDef p, Current: RecordDef c })
        {
            foreach (var range in Missing(p.ExtensionRanges, c.ExtensionRanges))
            {
                context.Report(pair, $"Previously present extension range \"[{range.Start},{range.End}]\" on message \"{c.Name}\" was deleted.");
            }
        }
    }
}
