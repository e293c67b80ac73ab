namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSameGoPackage : FileOptionRule
{
    public override string Id => "FILE_SAME_GO_PACKAGE";

    protected override string Option => "go_package";
}
