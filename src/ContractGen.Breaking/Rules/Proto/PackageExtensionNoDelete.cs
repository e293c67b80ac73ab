using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class PackageExtensionNoDelete : BreakingRule<PackageExtensionPair>
{
    public override string Id => "PACKAGE_EXTENSION_NO_DELETE";

    public override string Purpose => "Extensions may not be deleted from a package (they may move between its files).";

    public override IReadOnlyList<string> Categories => PackageOnly;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(PackageExtensionPair pair, CheckContext context)
    {
        if (pair is not { IsDeleted: true, Previous: { } e })
        {
            return;
        }

        // Reported in the file that declared it when that file is still there (buf does the same), else where it was.
        var key = context.Previous.FileKeyOf(e);
        var file = context.Current.Model.Documents.FirstOrDefault(d => d.Format == ContractFormat.Proto && context.Current.DocumentKey(d) == key);
        var at = file is null ? e.Span : DeletionSite(e, context.Current, file);
        context.Report(pair, $"Previously present extension \"{pair.NestedName}\" was deleted from package \"{pair.Package}\".", at, e.Id);
    }
}
