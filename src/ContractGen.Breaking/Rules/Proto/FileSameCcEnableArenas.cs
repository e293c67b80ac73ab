namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSameCcEnableArenas : FileOptionRule
{
    public override string Id => "FILE_SAME_CC_ENABLE_ARENAS";

    protected override string Option => "cc_enable_arenas";

    protected override string Default => "true";
}
