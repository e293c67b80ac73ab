namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSameJavaOuterClassname : FileOptionRule
{
    public override string Id => "FILE_SAME_JAVA_OUTER_CLASSNAME";

    protected override string Option => "java_outer_classname";
}
