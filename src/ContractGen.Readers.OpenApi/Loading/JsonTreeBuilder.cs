using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractGen.Model;

namespace ContractGen.Readers.OpenApi.Loading;

/// <summary>
/// Builds a <see cref="JsonNode"/> tree from UTF-8 JSON in one <see cref="Utf8JsonReader"/> pass, recording the
/// line and column of every object and $ref value in the <see cref="SourceIndex"/>, reporting duplicate keys and excessive depth.
/// </summary>
internal sealed class JsonTreeBuilder
{
    private readonly SourceIndex _index;
    private readonly int _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly LineMap _lines;
    private readonly Utf8StringCache _strings = new();

    private JsonTreeBuilder(SourceIndex index, int file, ReadOnlySpan<byte> utf8, DiagnosticBag diagnostics)
    {
        _index = index;
        _file = file;
        _diagnostics = diagnostics;
        _lines = new LineMap(utf8);
        index.Reserve(utf8.Length / 80);
    }

    public static JsonNode? Build(ReadOnlySpan<byte> utf8, SourceIndex index, int file, DiagnosticBag diagnostics)
    {
        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            utf8 = utf8[3..];
        }

        return new JsonTreeBuilder(index, file, utf8, diagnostics).Run(utf8);
    }

    private JsonNode? Run(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = TreeLimits.MaxDepth + 8 });
        var stack = new List<JsonNode>();
        JsonNode? root = null;
        string? key = null;
        var keyOffset = 0;
        try
        {
            while (reader.Read())
            {
                var offset = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        key = String(ref reader);
                        keyOffset = offset;
                        continue;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (stack.Count >= TreeLimits.MaxDepth)
                        {
                            _diagnostics.Error(DiagnosticCodes.TooDeep, $"the document nests deeper than {TreeLimits.MaxDepth} levels", Span(_lines.Locate(utf8, offset)));
                            return null;
                        }

                        JsonNode container = reader.TokenType == JsonTokenType.StartObject ? new JsonObject() : new JsonArray();
                        Attach(stack, ref root, ref key, keyOffset, container, utf8, offset);
                        stack.Add(container);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        break;
                    default:
                        Attach(stack, ref root, ref key, keyOffset, Scalar(ref reader), utf8, offset);
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var col = (int)(ex.BytePositionInLine ?? 0) + 1;
            _diagnostics.Error(DiagnosticCodes.Syntax, "invalid JSON: " + Clean(ex.Message), new SourceSpan(_index.FileName(_file), line, col));
            return null;
        }

        return root;
    }

    /// <summary>Only objects and $ref strings are located (arrays and other scalars are located by their parent).</summary>
    private void Attach(List<JsonNode> stack, ref JsonNode? root, ref string? key, int keyOffset, JsonNode? node, ReadOnlySpan<byte> utf8, int offset)
    {
        if (stack.Count == 0)
        {
            root = node;
            if (node is not null)
            {
                var p = _lines.Locate(utf8, offset);
                _index.Set(node, _file, p.Line, p.Col);
            }

            return;
        }

        switch (stack[^1])
        {
            case JsonObject o:
                if (!o.TryAdd(key!, node))
                {
                    _diagnostics.Error(DiagnosticCodes.DuplicateKey, $"duplicate key '{key}' (the first one is kept)", Span(_lines.Locate(utf8, keyOffset)));
                }
                else if (node is JsonObject || (node is JsonValue && key == "$ref"))
                {
                    var p = _lines.Locate(utf8, keyOffset);
                    _index.Set(node!, _file, p.Line, p.Col);
                    if (node is JsonValue)
                    {
                        _index.NoteRef(node);
                    }
                }

                key = null;
                break;
            case JsonArray a:
                a.Add(node);
                if (node is JsonObject)
                {
                    var p = _lines.Locate(utf8, offset);
                    _index.Set(node, _file, p.Line, p.Col);
                }

                break;
        }
    }

    /// <summary>Short unescaped tokens come from the cache (one instance per distinct token); the rest as the reader decodes them.</summary>
    private string String(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > Utf8StringCache.MaxLength)
        {
            return reader.GetString()!;
        }

        var utf8 = reader.ValueSpan;
        if (_strings.TryGet(utf8, out var known, out var slot))
        {
            return known;
        }

        var decoded = reader.GetString()!;
        _strings.Store(slot, utf8, decoded);
        return decoded;
    }

    private JsonNode? Scalar(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return JsonValue.Create(String(ref reader));
            case JsonTokenType.True:
                return JsonValue.Create(true);
            case JsonTokenType.False:
                return JsonValue.Create(false);
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var l))
                {
                    return JsonValue.Create(l);
                }

                if (reader.TryGetDecimal(out var d))
                {
                    return JsonValue.Create(d);
                }

                return JsonValue.Create(reader.GetDouble());
            default:
                return null;
        }
    }

    private SourceSpan Span((int Line, int Col) p) => new(_index.FileName(_file), p.Line, p.Col);

    private static string Clean(string message)
    {
        var i = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return i > 0 ? message[..i].TrimEnd('.', ' ') : message;
    }

    /// <summary>Maps increasing byte offsets to 1-based line and column (columns count characters, not bytes).</summary>
    private sealed class LineMap
    {
        private readonly List<int> _starts = new() { 0 };
        private int _line;
        private int _lastOffset;
        private int _lastColumn = 1;

        public LineMap(ReadOnlySpan<byte> utf8)
        {
            var pos = 0;
            while (true)
            {
                var i = utf8[pos..].IndexOf((byte)'\n');
                if (i < 0)
                {
                    break;
                }

                pos += i + 1;
                _starts.Add(pos);
            }
        }

        public (int Line, int Col) Locate(ReadOnlySpan<byte> utf8, int offset)
        {
            if (offset < _lastOffset)
            {
                _line = 0;
                _lastOffset = 0;
                _lastColumn = 1;
            }

            var moved = false;
            while (_line + 1 < _starts.Count && _starts[_line + 1] <= offset)
            {
                _line++;
                moved = true;
            }

            var start = _starts[_line];
            var from = moved || _lastOffset < start ? start : _lastOffset;
            var col = moved || _lastOffset < start ? 1 : _lastColumn;
            for (var i = from; i < offset; i++)
            {
                if ((utf8[i] & 0xC0) != 0x80)
                {
                    col++;
                }
            }

            _lastOffset = offset;
            _lastColumn = col;
            return (_line + 1, col);
        }
    }
}
