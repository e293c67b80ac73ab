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

/// <summary>A temp folder deleted after the test.</summary>
internal sealed class TempTree : IDisposable
{
    public TempTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "cg-loader-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, true);
}
