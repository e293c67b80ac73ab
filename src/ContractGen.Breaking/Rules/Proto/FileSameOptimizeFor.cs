namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSameOptimizeFor : FileOptionRule
{
    public override string Id => "FILE_SAME_OPTIMIZE_FOR";

    protected override string Option => "optimize_for";

    protected override string Default => "SPEED";
}
