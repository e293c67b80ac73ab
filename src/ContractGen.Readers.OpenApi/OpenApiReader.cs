using ContractGen.Model;

namespace ContractGen.Readers.OpenApi;

/// <summary>Reads OpenApi contracts into the model. (Being written on branch 'openapi'; this class name is fixed.)</summary>
public sealed class OpenApiReader : IContractReader
{
    public ContractFormat Format => ContractFormat.OpenApi;

    public bool CanRead(string path, string? head) => false;

    public ReadResult Read(IReadOnlyList<string> paths, ReaderOptions options, CancellationToken cancellationToken = default) =>
        new(ContractModel.Empty, paths.Select(p => Diagnostic.Error("CG6999", "the OpenApi reader is not available in this build", new SourceSpan(p, 0, 0))).ToList());
}
