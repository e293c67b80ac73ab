using System.Text.Json.Nodes;
using ContractGen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContractGen.Readers.AsyncApi.Documents;

/// <summary>
/// Turns YAML (and JSON, a subset of it) into JSON nodes with YAML 1.2 core-schema scalar typing, recording the
/// line and column of every node and key. Duplicate keys, complex keys and syntax errors become located diagnostics.
/// </summary>
internal sealed class YamlJsonLoader
{
    /// <summary>Upper bound on nodes produced (anchors/aliases can expand exponentially).</summary>
    private const int MaxNodes = 2_000_000;

    private readonly SourceFile _file;
    private readonly NodeIndex _index;
    private readonly Reporter _report;
    private readonly Dictionary<string, JsonNode?> _anchors = new(StringComparer.Ordinal);
    private IParser _parser = null!;
    private int _nodeCount;

    private YamlJsonLoader(SourceFile file, NodeIndex index, Reporter report)
    {
        _file = file;
        _index = index;
        _report = report;
    }

    /// <summary>Parses <paramref name="text"/>; returns false (after reporting) when the content is unusable.</summary>
    public static bool TryLoad(string text, SourceFile file, NodeIndex index, Reporter report, out JsonNode? root)
    {
        var loader = new YamlJsonLoader(file, index, report);
        return loader.Load(text, out root);
    }

    private bool Load(string text, out JsonNode? root)
    {
        root = null;
        _parser = new Parser(new StringReader(text));
        try
        {
            _parser.Consume<StreamStart>();
            if (_parser.Accept<StreamEnd>(out _))
            {
                _report.Error(Codes.Syntax, "the file is empty", Span(_parser.Current!.Start));
                return false;
            }

            _parser.Consume<DocumentStart>();
            root = ReadNode();
            _parser.Consume<DocumentEnd>();
            if (_parser.Accept<DocumentStart>(out var second))
            {
                _report.Error(Codes.UnsupportedYaml, "the file holds more than one YAML document; only one is allowed", Span(second.Start));
                return false;
            }

            return true;
        }
        catch (YamlException e)
        {
            _report.Error(Codes.Syntax, CleanMessage(e), Span(e.Start));
            root = null;
            return false;
        }
        catch (LimitException e)
        {
            _report.Error(Codes.UnsupportedYaml, e.Message, Span(e.Mark));
            root = null;
            return false;
        }
    }

    private JsonNode? ReadNode()
    {
        if (++_nodeCount > MaxNodes)
        {
            throw new LimitException("the document expands to too many nodes (alias expansion?)", _parser.Current!.Start);
        }

        var ev = _parser.Current!;
        switch (ev)
        {
            case AnchorAlias alias:
                _parser.MoveNext();
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new YamlException(alias.Start, alias.End, $"unknown alias *{alias.Value.Value}");
                }

                _nodeCount += CountNodes(target);
                if (_nodeCount > MaxNodes)
                {
                    throw new LimitException("the document expands to too many nodes (alias expansion)", alias.Start);
                }

                return _index.Clone(target);
            case Scalar scalar:
                _parser.MoveNext();
                var value = ScalarValue(scalar);
                Register(value, scalar.Start, scalar);
                return value;
            case SequenceStart seq:
                _parser.MoveNext();
                var array = new JsonArray();
                Register(array, seq.Start, seq);
                while (!_parser.TryConsume<SequenceEnd>(out _))
                {
                    array.Add(ReadNode());
                }

                return array;
            case MappingStart map:
                _parser.MoveNext();
                var obj = new JsonObject();
                Register(obj, map.Start, map);
                while (!_parser.TryConsume<MappingEnd>(out _))
                {
                    ReadEntry(obj);
                }

                return obj;
            default:
                throw new YamlException(ev.Start, ev.End, $"unexpected {ev.GetType().Name}");
        }
    }

    private void ReadEntry(JsonObject obj)
    {
        var keyEvent = _parser.Current!;
        if (keyEvent is not Scalar keyScalar)
        {
            _report.Error(Codes.UnsupportedYaml, "mapping keys must be plain strings (complex keys are not allowed)", Span(keyEvent.Start));
            ReadNode();
            ReadNode();
            return;
        }

        _parser.MoveNext();
        var key = keyScalar.Value;
        var value = ReadNode();
        if (obj.ContainsKey(key))
        {
            _report.Error(Codes.DuplicateKey, $"duplicate key '{key}'", Span(keyScalar.Start));
            return;
        }

        obj[key] = value;
        _index.AddKey(obj, key, _file, (int)keyScalar.Start.Line, (int)keyScalar.Start.Column);
    }

    private JsonNode? ScalarValue(Scalar s)
    {
        if (!s.Tag.IsEmpty && !s.Tag.IsNonSpecific)
        {
            return CoreSchemaScalars.Tagged(s.Tag.Value, s.Value);
        }

        return s.Style == ScalarStyle.Plain && s.Tag.IsEmpty ? CoreSchemaScalars.Plain(s.Value) : JsonValue.Create(s.Value);
    }

    private void Register(JsonNode? node, Mark start, NodeEvent ev)
    {
        if (node is not null)
        {
            _index.Add(node, _file, (int)start.Line, (int)start.Column);
        }

        if (!ev.Anchor.IsEmpty)
        {
            _anchors[ev.Anchor.Value] = node;
        }
    }

    private static int CountNodes(JsonNode? n) => n switch
    {
        JsonObject o => 1 + o.Sum(kv => CountNodes(kv.Value)),
        JsonArray a => 1 + a.Sum(CountNodes),
        _ => 1,
    };

    private SourceSpan Span(Mark m) => new(_file.DisplayPath, Math.Max(1, (int)m.Line), Math.Max(1, (int)m.Column));

    private static string CleanMessage(YamlException e)
    {
        var msg = e.Message;
        var close = msg.IndexOf("): ", StringComparison.Ordinal);
        if (msg.StartsWith('(') && close > 0)
        {
            msg = msg[(close + 3)..];
        }

        return "YAML/JSON syntax error: " + msg.Trim();
    }

    private sealed class LimitException(string message, Mark mark) : Exception(message)
    {
        public Mark Mark { get; } = mark;
    }
}
