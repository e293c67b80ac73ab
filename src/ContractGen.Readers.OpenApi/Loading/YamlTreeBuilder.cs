using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContractGen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContractGen.Readers.OpenApi.Loading;

/// <summary>
/// Builds a <see cref="JsonNode"/> tree from YAML parser events (YamlDotNet), recording positions, resolving plain
/// scalars with the YAML 1.2 core schema, expanding aliases within a budget and reporting duplicate keys.
/// </summary>
internal sealed partial class YamlTreeBuilder
{
    private readonly SourceIndex _index;
    private readonly int _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, JsonNode?> _anchors = new(StringComparer.Ordinal);
    private int _aliasNodes;

    private YamlTreeBuilder(SourceIndex index, int file, DiagnosticBag diagnostics)
    {
        _index = index;
        _file = file;
        _diagnostics = diagnostics;
    }

    public static JsonNode? Build(string text, SourceIndex index, int file, DiagnosticBag diagnostics) =>
        new YamlTreeBuilder(index, file, diagnostics).Run(text);

    private JsonNode? Run(string text)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new List<JsonNode>();
        JsonNode? root = null;
        string? key = null;
        Mark keyMark = default;
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                switch (ev)
                {
                    case DocumentStart:
                        documents++;
                        if (documents > 1)
                        {
                            _diagnostics.Warning(DiagnosticCodes.MultipleYamlDocuments, "the YAML stream holds several documents; only the first is read", Span(ev.Start));
                            return root;
                        }

                        break;
                    case MappingStart or SequenceStart:
                        if (stack.Count >= TreeLimits.MaxDepth)
                        {
                            _diagnostics.Error(DiagnosticCodes.TooDeep, $"the document nests deeper than {TreeLimits.MaxDepth} levels", Span(ev.Start));
                            return null;
                        }

                        var nodeEvent = (NodeEvent)ev;
                        if (stack.Count > 0 && stack[^1] is JsonObject && key is null)
                        {
                            _diagnostics.Error(DiagnosticCodes.Syntax, "a mapping key must be a scalar", Span(ev.Start));
                            return null;
                        }

                        JsonNode container = ev is MappingStart ? new JsonObject() : new JsonArray();
                        Attach(stack, ref root, ref key, keyMark, container, ev.Start);
                        Remember(nodeEvent, container);
                        stack.Add(container);
                        break;
                    case MappingEnd or SequenceEnd:
                        stack.RemoveAt(stack.Count - 1);
                        break;
                    case Scalar s when stack.Count > 0 && stack[^1] is JsonObject o && key is null:
                        key = s.Value;
                        keyMark = s.Start;
                        if (o.ContainsKey(key))
                        {
                            _diagnostics.Error(DiagnosticCodes.DuplicateKey, $"duplicate key '{key}' (the first one is kept)", Span(s.Start));
                        }

                        break;
                    case Scalar s:
                        var value = Resolve(s);
                        Attach(stack, ref root, ref key, keyMark, value, s.Start);
                        Remember(s, value);
                        break;
                    case AnchorAlias alias:
                        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            _diagnostics.Error(DiagnosticCodes.Syntax, $"unknown YAML alias '*{alias.Value.Value}'", Span(ev.Start));
                            return null;
                        }

                        if (stack.Count > 0 && stack[^1] is JsonObject && key is null)
                        {
                            key = target is JsonValue v ? v.ToString() : null;
                            keyMark = alias.Start;
                            if (key is null)
                            {
                                _diagnostics.Error(DiagnosticCodes.Syntax, "a mapping key must be a scalar", Span(ev.Start));
                                return null;
                            }

                            break;
                        }

                        var copy = Clone(target);
                        if (_aliasNodes > TreeLimits.MaxAliasNodes)
                        {
                            _diagnostics.Error(DiagnosticCodes.TooDeep, "YAML aliases expand to too many nodes", Span(ev.Start));
                            return null;
                        }

                        Attach(stack, ref root, ref key, keyMark, copy, alias.Start);
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            _diagnostics.Error(DiagnosticCodes.Syntax, "invalid YAML: " + ex.Message, Span(ex.Start));
            return null;
        }

        return root;
    }

    private void Remember(NodeEvent ev, JsonNode? node)
    {
        if (!ev.Anchor.IsEmpty)
        {
            _anchors[ev.Anchor.Value] = node;
        }
    }

    private void Attach(List<JsonNode> stack, ref JsonNode? root, ref string? key, Mark keyMark, JsonNode? node, Mark valueMark)
    {
        if (stack.Count == 0)
        {
            root ??= node;
            Locate(node, valueMark);
            return;
        }

        switch (stack[^1])
        {
            case JsonObject o:
                if (key == "<<" && node is JsonObject merge)
                {
                    foreach (var (k, v) in merge.ToList())
                    {
                        if (!o.ContainsKey(k))
                        {
                            merge.Remove(k);
                            o[k] = v;
                        }
                    }
                }
                else if (o.TryAdd(key!, node))
                {
                    Locate(node, keyMark);
                    if (key == "$ref")
                    {
                        _index.NoteRef(node);
                    }
                }

                key = null;
                break;
            case JsonArray a:
                a.Add(node);
                Locate(node, valueMark);
                break;
        }
    }

    private void Locate(JsonNode? node, Mark mark)
    {
        if (node is not null)
        {
            _index.Set(node, _file, (int)mark.Line, (int)mark.Column);
        }
    }

    private JsonNode? Clone(JsonNode? node)
    {
        _aliasNodes++;
        if (_aliasNodes > TreeLimits.MaxAliasNodes || node is null)
        {
            return null;
        }

        JsonNode copy;
        switch (node)
        {
            case JsonObject o:
                var co = new JsonObject();
                foreach (var (k, v) in o)
                {
                    co[k] = Clone(v);
                }

                copy = co;
                break;
            case JsonArray a:
                var ca = new JsonArray();
                foreach (var v in a)
                {
                    ca.Add(Clone(v));
                }

                copy = ca;
                break;
            default:
                copy = node.DeepClone();
                break;
        }

        _index.Copy(node, copy);
        return copy;
    }

    private static JsonNode? Resolve(Scalar s)
    {
        var tag = s.Tag.IsEmpty ? null : s.Tag.Value;
        if (tag is "tag:yaml.org,2002:str" || (tag is null && s.Style is not ScalarStyle.Plain))
        {
            return JsonValue.Create(s.Value);
        }

        var v = s.Value;
        if (v is "" or "~" or "null" or "Null" or "NULL")
        {
            return tag is null or "tag:yaml.org,2002:null" ? null : JsonValue.Create(v);
        }

        if (v is "true" or "True" or "TRUE")
        {
            return JsonValue.Create(true);
        }

        if (v is "false" or "False" or "FALSE")
        {
            return JsonValue.Create(false);
        }

        if (IntPattern().IsMatch(v) && long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return JsonValue.Create(l);
        }

        if (FloatPattern().IsMatch(v))
        {
            if (decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                return JsonValue.Create(d);
            }

            if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && double.IsFinite(f))
            {
                return JsonValue.Create(f);
            }
        }

        return JsonValue.Create(v);
    }

    private SourceSpan Span(Mark mark) => new(_index.FileName(_file), (int)mark.Line, (int)mark.Column);

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
