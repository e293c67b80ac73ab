using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.OpenApi.Loading;

namespace ContractGen.Readers.OpenApi.Mapping;

/// <summary>State of one document's mapping: the loaded document, the types defined so far, names in use.</summary>
internal sealed class MapContext
{
    private readonly Dictionary<string, TypeDef> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Targets of local $ref texts (the tree no longer changes while it is mapped).</summary>
    private readonly Dictionary<string, JsonNode?> _pointers = new(StringComparer.Ordinal);

    public MapContext(LoadedDocument loaded, DiagnosticBag diagnostics)
    {
        Loaded = loaded;
        Diagnostics = diagnostics;
        Schemas = new SchemaMapper(this);
    }

    public LoadedDocument Loaded { get; }

    public JsonObject Root => Loaded.Root!;

    public DiagnosticBag Diagnostics { get; }

    public SchemaMapper Schemas { get; }

    /// <summary>Reference holders resolved once per "$ref" text.</summary>
    public Resolve Refs { get; } = new();

    public bool Is31 => Loaded.Is31OrLater;

    public IEnumerable<TypeDef> Types => _types.Values;

    public SourceSpan Span(JsonNode? node) => Loaded.Span(node);

    public SourceSpan Span(JsonNode? node, SourceSpan fallback) => Loaded.Index.Span(node, fallback);

    /// <summary>The document's id: the prefix of the ids of the types it declares.</summary>
    public string DocumentId => Loaded.Context.DocumentId;

    /// <summary>
    /// The model id of the schema at a pointer of the bundled document ("#/components/schemas/Order" →
    /// "orders/openapi.yaml#/components/schemas/Order"). Below a component the bundler copied in from another file, the
    /// id is that file's ("common.yaml#/components/schemas/Money/properties/amount"), so a shared schema is one type.
    /// </summary>
    public string TypeId(string pointer)
    {
        if (Origin(pointer) is var (component, origin))
        {
            return origin + pointer[component.Length..];
        }

        return DocumentIdentity.Element(DocumentId, pointer);
    }

    /// <summary>The name a component copied in from another file has there ("Money" for "#/components/schemas/Money_2").</summary>
    public string? OriginName(string pointer) =>
        Origin(pointer) is var (component, origin) && component.Length == pointer.Length && origin.LastIndexOf('#') is var hash &&
        origin.LastIndexOf('/') is var slash && slash > hash
            ? JsonPointer.Unescape(origin[(slash + 1)..])
            : null;

    private (string Component, string Origin)? Origin(string pointer)
    {
        var origins = Loaded.Context.Origins;
        if (origins.Count == 0 || !pointer.StartsWith("#/components/", StringComparison.Ordinal))
        {
            return null;
        }

        var kindEnd = pointer.IndexOf('/', "#/components/".Length);
        var nameEnd = kindEnd < 0 ? -1 : pointer.IndexOf('/', kindEnd + 1);
        var component = kindEnd < 0 ? pointer : nameEnd < 0 ? pointer : pointer[..nameEnd];
        return origins.TryGetValue(component, out var origin) ? (component, origin) : null;
    }

    public bool HasType(string id) => _types.ContainsKey(id);

    public void AddType(TypeDef type) => _types[type.Id] = type;

    /// <summary>Reserves a component name so synthesized names never take it.</summary>
    public void ReserveName(string name) => _names.Add(name);

    /// <summary>A readable name not used yet: the wanted one, else with 2, 3, … appended.</summary>
    public string UniqueName(string wanted)
    {
        if (wanted.Length == 0)
        {
            wanted = "Anonymous";
        }

        var name = wanted;
        for (var i = 2; !_names.Add(name); i++)
        {
            name = wanted + i;
        }

        return name;
    }

    /// <summary>Follows local $refs in the bundled tree (bounded) to the node that holds the definition.</summary>
    public JsonNode? Deref(JsonNode? node)
    {
        for (var i = 0; i < 64 && node is JsonObject o && o["$ref"] is JsonValue v && v.TryGetValue<string>(out var text); i++)
        {
            if (!_pointers.TryGetValue(text, out var next))
            {
                var tokens = JsonPointer.Split(text);
                next = tokens is null ? null : JsonPointer.Find(Root, tokens, out var found) is { } target && found ? target : null;
                _pointers[text] = next;
            }

            if (next is null)
            {
                return node;
            }

            node = next;
        }

        return node;
    }

    /// <summary>The $ref text of a reference object, if it is one.</summary>
    public static string? RefOf(JsonNode? node) =>
        node is JsonObject o && o["$ref"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    /// <summary>x-… keys of an object as canonical JSON text.</summary>
    public static ImmutableSortedDictionary<string, string> Extensions(JsonNode? node)
    {
        if (node is not JsonObject o)
        {
            return ExtensionData.Empty;
        }

        ImmutableSortedDictionary<string, string>.Builder? b = null;
        for (var i = 0; i < o.Count; i++)
        {
            var (k, v) = o.GetAt(i);
            if (k.StartsWith("x-", StringComparison.Ordinal))
            {
                b ??= ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
                b[k] = JsonText.Canonical(v);
            }
        }

        return b?.ToImmutable() ?? ExtensionData.Empty;
    }

    public static string? Str(JsonNode? node, string key) =>
        node is JsonObject o && o[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static bool? Bool(JsonNode? node, string key) =>
        node is JsonObject o && o[key] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    public static Docs Docs(string? summary, string? description) =>
        string.IsNullOrEmpty(summary) && string.IsNullOrEmpty(description) ? Model.Docs.Empty : new Docs(summary, description);
}
