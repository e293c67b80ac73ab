using System.Text.Json.Nodes;
using ContractGen.Model;
using Microsoft.OpenApi;

namespace ContractGen.Readers.OpenApi.Loading;

/// <summary>
/// A contract after loading: the bundled, located JSON tree and the Microsoft.OpenApi document read from it.
/// <see cref="Document"/> is null when the input could not be read as OpenAPI at all.
/// </summary>
public sealed class LoadedDocument
{
    internal LoadedDocument(string path, LoadContext context, JsonObject? root, string? specVersion, OpenApiDocument? document)
    {
        Path = path;
        Context = context;
        Root = root;
        SpecVersion = specVersion;
        Document = document;
    }

    /// <summary>The path as given.</summary>
    public string Path { get; }

    /// <summary>The value of the root <c>openapi</c> key.</summary>
    public string? SpecVersion { get; }

    public OpenApiDocument? Document { get; }

    internal JsonObject? Root { get; }

    internal LoadContext Context { get; }

    internal SourceIndex Index => Context.Index;

    /// <summary>3.1 and later: JSON Schema 2020-12 dialect (type arrays, const, numeric exclusive bounds).</summary>
    internal bool Is31OrLater => SpecVersion is not null && !SpecVersion.StartsWith("3.0", StringComparison.Ordinal);

    public SourceSpan Span(JsonNode? node) => Index.Span(node, Index.FileSpan(Context.MainFile.Index));
}
