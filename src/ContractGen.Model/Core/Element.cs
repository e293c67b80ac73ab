using System.Collections.Immutable;

namespace ContractGen.Model;

/// <summary>
/// What every model element carries: a stable identity (used to pair two versions of a contract),
/// the span it came from, its documentation, deprecation and vendor extensions.
/// </summary>
public abstract record Element
{
    /// <summary>Stable identity. Proto: fully-qualified name. OpenAPI/AsyncAPI: the component key or a JSON-pointer-like path.</summary>
    public required string Id { get; init; }

    public SourceSpan Span { get; init; } = SourceSpan.None;

    public Docs Docs { get; init; } = Docs.Empty;

    public bool Deprecated { get; init; }

    /// <summary>x-… extensions (OpenAPI/AsyncAPI) or options (proto) as canonical JSON text.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; init; } = ExtensionData.Empty;
}
