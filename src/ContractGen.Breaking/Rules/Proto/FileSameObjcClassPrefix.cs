namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSameObjcClassPrefix : FileOptionRule
{
    public override string Id => "FILE_SAME_OBJC_CLASS_PREFIX";

    protected override string Option => "objc_class_prefix";
}
