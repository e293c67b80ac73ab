namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSameRubyPackage : FileOptionRule
{
    public override string Id => "FILE_SAME_RUBY_PACKAGE";

    protected override string Option => "ruby_package";
}
