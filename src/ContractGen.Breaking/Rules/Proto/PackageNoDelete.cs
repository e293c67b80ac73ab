using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class PackageNoDelete : BreakingRule<PackagePair>
{
    public override string Id => "PACKAGE_NO_DELETE";

    public override string Purpose => "Packages may not be deleted.";

    public override IReadOnlyList<string> Categories => PackageOnly;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(PackagePair pair, CheckContext context)
    {
        if (pair.Previous.Count > 0 && pair.Current.Count == 0)
        {
            var first = pair.Previous.OrderBy(d => context.Previous.DocumentKey(d), StringComparer.Ordinal).First();
            context.Report(pair, $"Previously present package \"{pair.Package}\" was deleted.", FileOptionRule.Position(first));
        }
    }
}
