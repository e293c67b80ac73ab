namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSamePhpClassPrefix : FileOptionRule
{
    public override string Id => "FILE_SAME_PHP_CLASS_PREFIX";

    protected override string Option => "php_class_prefix";
}
