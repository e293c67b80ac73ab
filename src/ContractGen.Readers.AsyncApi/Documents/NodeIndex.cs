using System.Text.Json.Nodes;
using ContractGen.Model;

namespace ContractGen.Readers.AsyncApi.Documents;

/// <summary>Where each JSON node (and each mapping key) came from: file, line and column. Keyed by node identity.</summary>
internal sealed class NodeIndex
{
    private readonly Dictionary<JsonNode, Origin> _nodes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<JsonObject, Dictionary<string, Origin>> _keys = new(ReferenceEqualityComparer.Instance);

    internal readonly record struct Origin(SourceFile File, int Line, int Column)
    {
        public SourceSpan Span => new(File.DisplayPath, Line, Column);
    }

    public void Add(JsonNode node, SourceFile file, int line, int column) => _nodes[node] = new Origin(file, line, column);

    public void AddKey(JsonObject owner, string key, SourceFile file, int line, int column)
    {
        if (!_keys.TryGetValue(owner, out var map))
        {
            map = new Dictionary<string, Origin>(StringComparer.Ordinal);
            _keys[owner] = map;
        }

        map[key] = new Origin(file, line, column);
    }

    public SourceFile? FileOf(JsonNode? node)
    {
        for (var n = node; n is not null; n = n.Parent)
        {
            if (_nodes.TryGetValue(n, out var o))
            {
                return o.File;
            }
        }

        return null;
    }

    /// <summary>Span of a node; falls back to the nearest located ancestor.</summary>
    public SourceSpan Span(JsonNode? node)
    {
        for (var n = node; n is not null; n = n.Parent)
        {
            if (_nodes.TryGetValue(n, out var o))
            {
                return o.Span;
            }
        }

        return SourceSpan.None;
    }

    /// <summary>Span of a key inside a mapping (the key's own position), else of the mapping.</summary>
    public SourceSpan KeySpan(JsonObject owner, string key) =>
        _keys.TryGetValue(owner, out var map) && map.TryGetValue(key, out var o) ? o.Span : Span(owner);

    /// <summary>Span of the value under a key; null values fall back to the key.</summary>
    public SourceSpan ValueSpan(JsonObject owner, string key) =>
        owner[key] is { } v ? Span(v) : KeySpan(owner, key);

    /// <summary>An empty object that reports the location of <paramref name="origin"/>.</summary>
    public JsonObject NewLike(JsonNode origin)
    {
        var obj = new JsonObject();
        if (_nodes.TryGetValue(origin, out var o))
        {
            _nodes[obj] = o;
        }

        return obj;
    }

    /// <summary>Deep copy that keeps the origins of every copied node and key.</summary>
    public JsonNode? Clone(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        JsonNode copy;
        switch (node)
        {
            case JsonObject o:
                var obj = new JsonObject();
                foreach (var (k, v) in o)
                {
                    obj[k] = Clone(v);
                    if (_keys.TryGetValue(o, out var km) && km.TryGetValue(k, out var ko))
                    {
                        AddKey(obj, k, ko.File, ko.Line, ko.Column);
                    }
                }

                copy = obj;
                break;
            case JsonArray a:
                var arr = new JsonArray();
                foreach (var v in a)
                {
                    arr.Add(Clone(v));
                }

                copy = arr;
                break;
            default:
                copy = node.DeepClone();
                break;
        }

        if (_nodes.TryGetValue(node, out var origin))
        {
            _nodes[copy] = origin;
        }

        return copy;
    }
}
