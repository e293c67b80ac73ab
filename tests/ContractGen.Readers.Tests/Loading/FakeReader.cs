using ContractGen.Model;

namespace ContractGen.Readers.Tests.Loading;

/// <summary>
/// Records what the loader hands a reader; returns one document per file (with the id the loader chose for it, as the
/// OpenAPI and AsyncAPI readers do; proto: the path) and optional diagnostics.
/// </summary>
internal sealed class FakeReader(ContractFormat format, Func<string, IEnumerable<Diagnostic>>? diagnostics = null) : IContractReader
{
    public List<IReadOnlyList<string>> Calls { get; } = new();

    public List<ReaderOptions> Options { get; } = new();

    public ContractFormat Format => format;

    public bool CanRead(string path, string? head) => false;

    public ReadResult Read(IReadOnlyList<string> paths, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        Calls.Add(paths);
        Options.Add(options);
        var model = ContractModel.Empty with
        {
            Documents = [.. paths.Select(p => new SourceDocument { Id = format == ContractFormat.Proto ? p : options.DocumentId(p), Path = p, Format = format, SpecVersion = "test" })],
        };
        return new ReadResult(model, paths.SelectMany(p => diagnostics?.Invoke(p) ?? []).ToList());
    }
}
