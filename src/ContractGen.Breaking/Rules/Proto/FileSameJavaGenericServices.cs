namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSameJavaGenericServices : FileOptionRule
{
    public override string Id => "FILE_SAME_JAVA_GENERIC_SERVICES";

    protected override string Option => "java_generic_services";

    protected override string Default => "false";
}
