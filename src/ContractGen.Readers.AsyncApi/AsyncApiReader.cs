using ContractGen.Model;

namespace ContractGen.Readers.AsyncApi;

/// <summary>Reads AsyncApi contracts into the model. (Being written on branch 'asyncapi'; this class name is fixed.)</summary>
public sealed class AsyncApiReader : IContractReader
{
    public ContractFormat Format => ContractFormat.AsyncApi;

    public bool CanRead(string path, string? head) => false;

    public ReadResult Read(IReadOnlyList<string> paths, ReaderOptions options, CancellationToken cancellationToken = default) =>
        new(ContractModel.Empty, paths.Select(p => Diagnostic.Error("CG6999", "the AsyncApi reader is not available in this build", new SourceSpan(p, 0, 0))).ToList());
}
