namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSamePhpNamespace : FileOptionRule
{
    public override string Id => "FILE_SAME_PHP_NAMESPACE";

    protected override string Option => "php_namespace";
}
