namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSamePhpMetadataNamespace : FileOptionRule
{
    public override string Id => "FILE_SAME_PHP_METADATA_NAMESPACE";

    protected override string Option => "php_metadata_namespace";
}
