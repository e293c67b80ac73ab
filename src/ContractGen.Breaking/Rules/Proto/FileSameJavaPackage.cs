namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSameJavaPackage : FileOptionRule
{
    public override string Id => "FILE_SAME_JAVA_PACKAGE";

    protected override string Option => "java_package";
}
