using ContractGen.Model;

namespace ContractGen.Readers.Proto;

/// <summary>Reads Proto contracts into the model. (Being written on branch 'proto'; this class name is fixed.)</summary>
public sealed class ProtoReader : IContractReader
{
    public ContractFormat Format => ContractFormat.Proto;

    public bool CanRead(string path, string? head) => false;

    public ReadResult Read(IReadOnlyList<string> paths, ReaderOptions options, CancellationToken cancellationToken = default) =>
        new(ContractModel.Empty, paths.Select(p => Diagnostic.Error("CG6999", "the Proto reader is not available in this build", new SourceSpan(p, 0, 0))).ToList());
}
