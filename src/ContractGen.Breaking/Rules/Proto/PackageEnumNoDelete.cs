using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class PackageEnumNoDelete : BreakingRule<PackagePair>
{
    public override string Id => "PACKAGE_ENUM_NO_DELETE";

    public override string Purpose => "Enums may not be deleted from a package.";

    public override IReadOnlyList<string> Categories => PackageOnly;

    public override FormatSet Formats => FormatSet.Proto;

    private static bool InPackage(ModelIndex side, TypeDef type, string package) =>
        type is not RecordDef { IsMapEntry: true } && (side.DocumentOf(type)?.Package ?? "") == package;

    public override void Check(PackagePair pair, CheckContext context)
    {
        if (pair.Previous.Count == 0 || pair.Current.Count == 0)
        {
            return;
        }

        foreach (var type in context.Previous.Model.Types.OfType<EnumDef>().Where(t => InPackage(context.Previous, t, pair.Package) && context.Current.FindType(t.Id) is not EnumDef))
        {
            var file = context.Current.Model.Documents.FirstOrDefault(d => context.Current.DocumentKey(d) == context.Previous.FileKeyOf(type));
            var at = file is null ? type.Span : DeletionSite(type, context.Current, file);
            context.Report(pair, $"Previously present enum \"{NestedName(type, context.Previous)}\" was deleted from package \"{pair.Package}\".", at, type.Id);
        }
    }
}
