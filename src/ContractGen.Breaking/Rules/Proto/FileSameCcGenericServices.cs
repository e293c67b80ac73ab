namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSameCcGenericServices : FileOptionRule
{
    public override string Id => "FILE_SAME_CC_GENERIC_SERVICES";

    protected override string Option => "cc_generic_services";

    protected override string Default => "false";
}
