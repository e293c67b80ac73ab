namespace ContractGen.Breaking.Rules.Proto;

internal sealed class FileSamePyGenericServices : FileOptionRule
{
    public override string Id => "FILE_SAME_PY_GENERIC_SERVICES";

    protected override string Option => "py_generic_services";

    protected override string Default => "false";
}
