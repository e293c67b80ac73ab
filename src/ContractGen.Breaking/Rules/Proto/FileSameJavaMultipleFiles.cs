namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSameJavaMultipleFiles : FileOptionRule
{
    public override string Id => "FILE_SAME_JAVA_MULTIPLE_FILES";

    protected override string Option => "java_multiple_files";

    protected override string Default => "false";
}
