namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSameCsharpNamespace : FileOptionRule
{
    public override string Id => "FILE_SAME_CSHARP_NAMESPACE";

    protected override string Option => "csharp_namespace";
}
