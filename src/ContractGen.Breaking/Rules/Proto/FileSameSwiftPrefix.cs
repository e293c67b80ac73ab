namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSameSwiftPrefix : FileOptionRule
{
    public override string Id => "FILE_SAME_SWIFT_PREFIX";

    protected override string Option => "swift_prefix";
}
