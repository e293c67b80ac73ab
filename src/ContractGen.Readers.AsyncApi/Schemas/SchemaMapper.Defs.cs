using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Json;
using ContractGen.Readers.AsyncApi.Refs;

namespace ContractGen.Readers.AsyncApi.Schemas;

internal sealed partial class SchemaMapper
{
    /// <summary>Builds and registers the named type for a schema: record, union, enum or alias.</summary>
    private void Define(JsonNode? node, string id, string wantedName, bool synthesized)
    {
        var name = registry.Begin(id, wantedName);
        registry.SetPendingName(id, name);
        var o = node as JsonObject;
        var span = resolver.Index.Span(node);
        var docs = new Docs(null, o.Str("description"));
        TypeDef def;
        if (o is not null && IsRecord(o, TypesOf(o).Types))
        {
            def = BuildRecord(o, id, name);
        }
        else if (o is not null && IsUnion(o))
        {
            def = new UnionDef { Id = id, Name = name, Union = BuildUnion(o, id, name) };
        }
        else if (o?.Arr("enum") is { Count: > 0 } values && (o.Str("type") is null or "string" or "integer" or "number"))
        {
            def = BuildEnum(o, values, id, name);
        }
        else
        {
            var target = node is JsonObject obj ? Inline(obj, id, name) : Map(node, id, name);
            def = new AliasDef { Id = id, Name = name, Target = target with { Description = null } };
        }

        registry.Complete(def with
        {
            Synthesized = synthesized,
            Span = span,
            Docs = docs.IsEmpty ? Docs.Empty : docs,
            Deprecated = o.Bool("deprecated"),
            Extensions = o.Extensions(),
        });
    }

    private RecordDef BuildRecord(JsonObject o, string id, string name)
    {
        var fields = new List<FieldDef>();
        var bases = new List<TypeRef>();
        AddFields(o, id, name, fields);
        if (o.Arr("allOf") is { } allOf)
        {
            for (var i = 0; i < allOf.Count; i++)
            {
                if (allOf[i] is not JsonObject part)
                {
                    continue;
                }

                if (RefResolver.IsRef(part, out var holder, out _))
                {
                    if (resolver.Follow(holder) is { } target)
                    {
                        bases.Add(Named(target));
                    }
                }
                else
                {
                    AddFields(part, id, name, fields);
                }
            }
        }

        var ap = o["additionalProperties"];
        return new RecordDef
        {
            Id = id,
            Name = name,
            Fields = fields.ToImmutableArray(),
            Bases = bases.ToImmutableArray(),
            AdditionalProperties = ap is JsonObject apo ? Map(apo, id + "/additionalProperties", name + "Value") : null,
            AdditionalPropertiesAllowed = ap is not JsonValue v || v.GetValueKind() != JsonValueKind.False,
            Constraints = SchemaConstraints.ForRecord(o),
        };
    }

    private void AddFields(JsonObject o, string recordId, string recordName, List<FieldDef> fields)
    {
        var required = o.Arr("required").Strings().ToHashSet(StringComparer.Ordinal);
        if (o.Obj("properties") is not { } props)
        {
            return;
        }

        foreach (var (key, value) in props.Entries())
        {
            if (fields.Exists(f => f.Name == key))
            {
                continue;
            }

            var fieldId = Pointer.Append(recordId + "/properties", key);
            var po = value as JsonObject;
            var type = Map(value, fieldId, recordName + TypeRegistry.Pascal(key));
            fields.Add(new FieldDef
            {
                Id = fieldId,
                Name = key,
                JsonName = key,
                Type = type with { Description = null },
                Presence = required.Contains(key) ? FieldPresence.Required : FieldPresence.Implicit,
                ReadOnly = po.Bool("readOnly"),
                WriteOnly = po.Bool("writeOnly"),
                Deprecated = po.Bool("deprecated"),
                Docs = po.Str("description") is { } d ? new Docs(null, d) : Docs.Empty,
                Extensions = po.Extensions(),
                Span = resolver.Index.ValueSpan(props, key),
            });
        }
    }

    private static EnumDef BuildEnum(JsonObject o, JsonArray values, string id, string name)
    {
        var kinds = values.Select(v => v?.GetValueKind()).Distinct().ToList();
        var valueKind = o.Str("type") switch
        {
            "integer" => ScalarKind.Integer,
            "number" => ScalarKind.Number,
            "string" => ScalarKind.String,
            _ => kinds is [JsonValueKind.Number] ? ScalarKind.Number : ScalarKind.String,
        };
        var members = new List<EnumValue>();
        foreach (var v in values)
        {
            var json = CanonicalJson.Write(v);
            var label = v.AsString() ?? json;
            if (members.Exists(m => m.Value == json))
            {
                continue;
            }

            members.Add(new EnumValue { Id = Pointer.Append(id + "/enum", label), Name = label, Value = json });
        }

        return new EnumDef { Id = id, Name = name, Values = members.ToImmutableArray(), Closed = true, ValueKind = valueKind };
    }
}
