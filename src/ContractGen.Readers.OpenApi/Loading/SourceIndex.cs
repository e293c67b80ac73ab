using System.Text.Json.Nodes;
using ContractGen.Model;

namespace ContractGen.Readers.OpenApi.Loading;

/// <summary>
/// Where the JSON objects (and $ref strings; in YAML every node) of every loaded file came from; other scalars are located by
/// their parent, which keeps the index small. Members of objects are located at their key, array items and roots at
/// their value. Microsoft.OpenApi keeps no positions, so this index is how
/// model elements and library diagnostics get their line and column.
/// </summary>
internal sealed class SourceIndex
{
    private readonly Dictionary<JsonNode, Position> _positions = new(1024, ReferenceEqualityComparer.Instance);
    private readonly List<string> _files = new();

    /// <summary>Makes room for about this many more located nodes.</summary>
    public void Reserve(int count) => _positions.EnsureCapacity(_positions.Count + count);

    public int AddFile(string displayPath)
    {
        _files.Add(displayPath);
        return _files.Count - 1;
    }

    public string FileName(int file) => _files[file];

    public void Set(JsonNode node, int file, int line, int column) => _positions[node] = new Position(file, line, column);

    public bool TryGet(JsonNode node, out Position position) => _positions.TryGetValue(node, out position);

    /// <summary>Copies the position of <paramref name="from"/> (when known) to <paramref name="to"/>.</summary>
    public void Copy(JsonNode from, JsonNode to)
    {
        if (_positions.TryGetValue(from, out var p))
        {
            _positions[to] = p;
        }
    }

    public SourceSpan Span(JsonNode? node, SourceSpan fallback)
    {
        if (node is not null && _positions.TryGetValue(node, out var p))
        {
            return new SourceSpan(_files[p.File], p.Line, p.Column);
        }

        return fallback;
    }

    public SourceSpan FileSpan(int file) => new(_files[file], 0, 0);

    /// <summary>Whether a "$ref" value not starting with '#' (a reference to another file, or a malformed one) was read.</summary>
    public bool SawNonLocalRef { get; private set; }

    /// <summary>Notes a "$ref" value as it is read.</summary>
    public void NoteRef(JsonNode? value)
    {
        if (!(value is JsonValue v && v.TryGetValue<string>(out var text) && text.StartsWith('#')))
        {
            SawNonLocalRef = true;
        }
    }

    public readonly record struct Position(int File, int Line, int Column);
}
