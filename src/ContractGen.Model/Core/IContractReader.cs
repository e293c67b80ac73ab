namespace ContractGen.Model;

/// <summary>Options every reader understands. Generator options never travel here.</summary>
public sealed record ReaderOptions
{
    /// <summary>Extra include roots (proto -I).</summary>
    public IReadOnlyList<string> IncludePaths { get; init; } = Array.Empty<string>();

    /// <summary>Override of the bundled protoc.</summary>
    public string? ProtocPath { get; init; }

    /// <summary>Allow $refs to http(s) URLs. Off by default: contracts never reach the network unless asked.</summary>
    public bool AllowRemoteRefs { get; init; }

    /// <summary>Folder that $refs may not leave; defaults to the input's folder.</summary>
    public string? Root { get; init; }

    /// <summary>
    /// Document ids of OpenAPI/AsyncAPI inputs by the path given to the reader (the path below the input root; see
    /// <see cref="DocumentIdentity"/>). A path not listed has its file name as id.
    /// </summary>
    public IReadOnlyDictionary<string, string>? DocumentIds { get; init; }

    /// <summary>The id of the document read from <paramref name="path"/>.</summary>
    public string DocumentId(string path) =>
        DocumentIds is not null && DocumentIds.TryGetValue(path, out var id) ? id : Path.GetFileName(path);
}

/// <summary>The result of reading: a model (possibly partial) and every diagnostic found.</summary>
public sealed record ReadResult(ContractModel Model, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>A reader for one contract format. Readers never throw on bad input: they report diagnostics.</summary>
public interface IContractReader
{
    ContractFormat Format { get; }

    /// <summary>True when the file looks like this reader's format (by extension and, for JSON/YAML, by the root key).</summary>
    bool CanRead(string path, string? head);

    /// <summary>Reads the given files of this format together (proto files are compiled as one set).</summary>
    ReadResult Read(IReadOnlyList<string> paths, ReaderOptions options, CancellationToken cancellationToken = default);
}
