using ContractGen.Model;
using Google.Api;
using Google.Protobuf.Reflection;
using Label = Google.Protobuf.Reflection.FieldDescriptorProto.Types.Label;

namespace ContractGen.Readers.Proto.Tests.Corpus;

/// <summary>
/// One line per service, method, http rule (every additional binding too), field (number, JSON name, cardinality),
/// extension (extendee, number, cardinality) and enum value: written once from protoc's descriptors (independently of the mapper) and once from the model.
/// </summary>
internal static class Inventory
{
    public static HashSet<string> FromDescriptors(FileDescriptorSet set, HashSet<string> userFiles)
    {
        var lines = new HashSet<string>(StringComparer.Ordinal);
        var mapEntries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in set.File)
        {
            Collect(file.MessageType, file.Package.Length == 0 ? "" : file.Package + ".", m => m.Options?.MapEntry == true, mapEntries);
        }

        foreach (var file in set.File.Where(f => userFiles.Contains(f.Name)))
        {
            var prefix = file.Package.Length == 0 ? "" : file.Package + ".";
            foreach (var s in file.Service)
            {
                lines.Add($"service {prefix}{s.Name}");
                foreach (var m in s.Method)
                {
                    var op = $"{prefix}{s.Name}.{m.Name}";
                    lines.Add($"method {op} {m.InputType.TrimStart('.')} {m.OutputType.TrimStart('.')} {m.ClientStreaming} {m.ServerStreaming}");
                    if (m.Options?.GetExtension(AnnotationsExtensions.Http) is { } rule)
                    {
                        lines.Add(Http(op, rule, false));
                        lines.UnionWith(rule.AdditionalBindings.Select(b => Http(op, b, true)));
                    }
                }
            }

            Extensions(file.Extension, prefix, lines);
            Messages(file.MessageType, prefix, mapEntries, lines);
            foreach (var e in file.EnumType)
            {
                Enum(prefix + e.Name, e, lines);
            }
        }

        return lines;
    }

    public static HashSet<string> FromModel(ContractModel model)
    {
        var lines = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in model.Services)
        {
            lines.Add($"service {s.Id}");
            foreach (var o in s.Operations)
            {
                var client = o.Streaming is StreamingKind.ClientStreaming or StreamingKind.BidiStreaming;
                var server = o.Streaming is StreamingKind.ServerStreaming or StreamingKind.BidiStreaming;
                lines.Add($"method {o.Id} {Name(o.Input)} {Name(o.Output)} {client} {server}");
                lines.UnionWith(o.Http.Select(h => $"http {o.Id} {h.Method} {h.Path.Text} body={h.BodyField} rb={h.ResponseBodyField} add={h.IsAdditional}"));
            }
        }

        lines.UnionWith(model.ExtensionFields.Select(x => $"extension {x.Id} {x.Extendee.TypeId} {x.Number} {x.Cardinality}"));
        foreach (var t in model.Types)
        {
            switch (t)
            {
                case RecordDef r:
                    lines.UnionWith(r.Fields.Select(f => $"field {r.Id}.{f.Name} {f.Number} {f.JsonName} {f.Cardinality}"));
                    break;
                case EnumDef e:
                    lines.UnionWith(e.Values.Select(v => $"value {e.Id}.{v.Name} {v.Number}"));
                    break;
            }
        }

        return lines;
    }

    private static string Http(string op, HttpRule r, bool additional)
    {
        var (verb, path) = r.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => ("GET", r.Get),
            HttpRule.PatternOneofCase.Put => ("PUT", r.Put),
            HttpRule.PatternOneofCase.Post => ("POST", r.Post),
            HttpRule.PatternOneofCase.Delete => ("DELETE", r.Delete),
            HttpRule.PatternOneofCase.Patch => ("PATCH", r.Patch),
            HttpRule.PatternOneofCase.Custom => (r.Custom.Kind.ToUpperInvariant(), r.Custom.Path),
            _ => ("NONE", ""),
        };
        var body = r.Body.Length == 0 ? "" : r.Body;
        var rb = r.ResponseBody.Length == 0 ? "" : r.ResponseBody;
        return $"http {op} {verb} {path} body={body} rb={rb} add={additional}";
    }

    private static void Messages(IEnumerable<DescriptorProto> messages, string prefix, HashSet<string> mapEntries, HashSet<string> lines)
    {
        foreach (var m in messages)
        {
            var name = prefix + m.Name;
            if (m.Options?.MapEntry == true || IsWellKnown(name))
            {
                continue;
            }

            Extensions(m.Extension, name + ".", lines);
            foreach (var f in m.Field)
            {
                var card = f.Label != Label.Repeated ? FieldCardinality.Singular
                    : mapEntries.Contains(f.TypeName.TrimStart('.')) ? FieldCardinality.Map : FieldCardinality.Repeated;
                lines.Add($"field {name}.{f.Name} {f.Number} {f.JsonName} {card}");
            }

            Messages(m.NestedType, name + ".", mapEntries, lines);
            foreach (var e in m.EnumType)
            {
                Enum(name + "." + e.Name, e, lines);
            }
        }
    }

    private static void Extensions(IEnumerable<FieldDescriptorProto> extensions, string prefix, HashSet<string> lines) =>
        lines.UnionWith(extensions.Select(x => $"extension {prefix}{x.Name} {x.Extendee.TrimStart('.')} {x.Number} " +
                                               (x.Label == Label.Repeated ? FieldCardinality.Repeated : FieldCardinality.Singular)));

    private static void Enum(string name, EnumDescriptorProto e, HashSet<string> lines)
    {
        if (!IsWellKnown(name))
        {
            lines.UnionWith(e.Value.Select(v => $"value {name}.{v.Name} {v.Number}"));
        }
    }

    private static void Collect(IEnumerable<DescriptorProto> messages, string prefix, Func<DescriptorProto, bool> pick, HashSet<string> into)
    {
        foreach (var m in messages)
        {
            if (pick(m))
            {
                into.Add(prefix + m.Name);
            }

            Collect(m.NestedType, prefix + m.Name + ".", pick, into);
        }
    }

    private static bool IsWellKnown(string name) => name.StartsWith("google.protobuf.", StringComparison.Ordinal) &&
        name.Split('.').Length == 3 && WellKnown.Contains(name[16..]);

    private static readonly HashSet<string> WellKnown = new(StringComparer.Ordinal)
    {
        "Timestamp", "Duration", "Any", "Struct", "Value", "ListValue", "NullValue", "FieldMask", "Empty", "DoubleValue", "FloatValue",
        "Int64Value", "UInt64Value", "Int32Value", "UInt32Value", "BoolValue", "StringValue", "BytesValue",
    };

    private static string Name(TypeRef? t) => t switch
    {
        NamedTypeRef n => n.TypeId,
        WellKnownType w => "google.protobuf." + w.Kind,
        _ => "?",
    };
}
