using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class PackageServiceNoDelete : BreakingRule<PackagePair>
{
    public override string Id => "PACKAGE_SERVICE_NO_DELETE";

    public override string Purpose => "Services may not be deleted from a package.";

    public override IReadOnlyList<string> Categories => PackageOnly;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(PackagePair pair, CheckContext context)
    {
        if (pair.Previous.Count == 0 || pair.Current.Count == 0)
        {
            return;
        }

        foreach (var service in context.Previous.ServicesInPackage(pair.Package).Where(s => context.Current.FindService(s.Id) is null))
        {
            var file = context.Current.DocumentByKey(context.Previous.FileKeyOf(service));
            context.Report(pair, $"Previously present service \"{service.Name}\" was deleted from package \"{pair.Package}\".", file is null ? service.Span : FileOptionRule.Position(file), service.Id);
        }
    }
}
