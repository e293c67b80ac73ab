using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class PackageEnumNoDelete : BreakingRule<PackagePair>
{
    public override string Id => "PACKAGE_ENUM_NO_DELETE";

    public override string Purpose => "Enums may not be deleted from a package.";

    public override IReadOnlyList<string> Categories => PackageOnly;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(PackagePair pair, CheckContext context) => ProtoChecks.DeletedFromPackage<EnumDef>(pair, context, "enum");
}
