using ContractGen.Model;
using static ContractGen.Breaking.Rules.Proto.ProtoFacts;

namespace ContractGen.Breaking.Rules.Proto;

internal sealed class PackageMessageNoDelete : BreakingRule<PackagePair>
{
    public override string Id => "PACKAGE_MESSAGE_NO_DELETE";

    public override string Purpose => "Messages may not be deleted from a package.";

    public override IReadOnlyList<string> Categories => PackageOnly;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(PackagePair pair, CheckContext context) => ProtoChecks.DeletedFromPackage<RecordDef>(pair, context, "message");
}
