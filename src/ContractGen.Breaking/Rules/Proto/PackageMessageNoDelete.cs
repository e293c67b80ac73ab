using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class PackageMessageNoDelete : BreakingRule<PackagePair>
{
    public override string Id => "PACKAGE_MESSAGE_NO_DELETE";

    public override string Purpose => "Messages may not be deleted from a package.";

    public override IReadOnlyList<string> Categories => PackageOnly;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(PackagePair pair, CheckContext context)
    {
        if (pair.Previous.Count == 0 || pair.Current.Count == 0)
        {
            return;
        }

        foreach (var type in context.Previous.TypesInPackage(pair.Package).OfType<RecordDef>().Where(t => context.Current.FindType(t.Id) is not RecordDef))
        {
            var file = context.Current.DocumentByKey(context.Previous.FileKeyOf(type));
            var at = file is null ? type.Span : DeletionSite(type, context.Current, file);
            context.Report(pair, $"Previously present message \"{NestedName(type, context.Previous)}\" was deleted from package \"{pair.Package}\".", at, type.Id);
        }
    }
}
