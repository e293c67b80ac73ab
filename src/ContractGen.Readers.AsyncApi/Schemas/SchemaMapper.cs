using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Json;
using ContractGen.Readers.AsyncApi.Refs;

namespace ContractGen.Readers.AsyncApi.Schemas;

/// <summary>
/// Maps JSON Schema draft-07 / AsyncAPI schema / OpenAPI 3.0 schema objects to model types: records (hoisted with
/// readable names), unions for oneOf/anyOf with discriminators, enums, lists, maps, scalars with constraints,
/// nullable. Referenced schemas become named types (which is also how recursion is expressed).
/// </summary>
internal sealed partial class SchemaMapper(RefResolver resolver, TypeRegistry registry)
{
    public TypeRegistry Registry => registry;

    /// <summary>Maps the schema at a position; <paramref name="id"/> is that position's pointer-like id.</summary>
    public TypeRef Map(JsonNode? schema, string id, string nameHint)
    {
        switch (schema)
        {
            case JsonValue v when v.GetValueKind() == JsonValueKind.True:
                return new AnyType();
            case JsonValue v when v.GetValueKind() == JsonValueKind.False:
                return new NeverType();
            case JsonObject o when RefResolver.IsRef(o, out var holder, out _):
                return resolver.Follow(holder) is { } target ? Named(target) : new AnyType();
            case JsonObject o:
                return Inline(o, id, nameHint);
            default:
                return new AnyType();
        }
    }

    /// <summary>A named type for a referenced (or component) schema; builds it on first use.</summary>
    public TypeRef Named(Located target)
    {
        var id = target.Id(resolver);
        if (!registry.IsKnown(id))
        {
            Define(target.Node, id, Pointer.LastToken(target.Pointer ?? "") is { Length: > 0 } key ? key : "Type", synthesized: false);
        }

        return new NamedTypeRef(id);
    }

    private TypeRef Inline(JsonObject o, string id, string name)
    {
        var (types, nullable) = TypesOf(o);
        var description = o.Str("description");
        TypeRef result;
        if (IsRecord(o, types))
        {
            if (!registry.IsKnown(id))
            {
                Define(o, id, name, synthesized: true);
            }

            result = new NamedTypeRef(id);
        }
        else if (IsUnion(o))
        {
            result = new UnionTypeRef(BuildUnion(o, id, name));
        }
        else if (o.Arr("allOf") is { } allOf)
        {
            // Members that only annotate (description, examples…) add no type: allOf [$ref, {description}] is the $ref.
            var parts = allOf.Select((m, i) => (Node: m, Index: i)).Where(p => !IsAnnotationOnly(p.Node)).ToList();
            var members = parts.Select(p => Map(p.Node, Pointer.Append(id + "/allOf", p.Index), name + "Part" + (p.Index + 1))).ToImmutableArray();
            result = members.Length == 1 ? members[0] : new IntersectionTypeRef(members);
        }
        else if (types.Contains("array") || (types.Count == 0 && o.ContainsKey("items")))
        {
            var item = o["items"] is JsonArray ? new AnyType() : Map(o["items"] ?? JsonValue.Create(true), id + "/items", name + "Item");
            result = new ListType(item) { Constraints = SchemaConstraints.Read(o) };
        }
        else if (types.Contains("object") || (types.Count == 0 && (o.ContainsKey("additionalProperties") || o.ContainsKey("patternProperties"))))
        {
            var value = o["additionalProperties"] is JsonObject ap
                ? Map(ap, id + "/additionalProperties", name + "Value")
                : new AnyType();
            result = new MapType(new ScalarType(ScalarKind.String), value) { Constraints = SchemaConstraints.ForRecord(o) };
        }
        else if (types.Count > 1)
        {
            var members = types.Select(t => new UnionMember(t, Scalar(t, o))).ToImmutableArray();
            result = new UnionTypeRef(new Union { Name = name, Kind = UnionKind.AnyOf, Members = members, Span = resolver.Index.Span(o) });
        }
        else
        {
            var kind = types.Count == 1 ? types[0] : InferKind(o);
            result = kind is null ? new AnyType { Constraints = SchemaConstraints.Read(o) } : Scalar(kind, o);
        }

        return result with { Nullable = nullable || result.Nullable, Description = description };
    }

    private static TypeRef Scalar(string type, JsonObject o)
    {
        var kind = type switch
        {
            "string" => ScalarKind.String,
            "integer" => ScalarKind.Integer,
            "number" => ScalarKind.Number,
            "boolean" => ScalarKind.Bool,
            "null" => ScalarKind.Null,
            _ => (ScalarKind?)null,
        };
        return kind is { } k
            ? new ScalarType(k, o.Str("format")) { Constraints = SchemaConstraints.Read(o) }
            : new AnyType();
    }

    /// <summary>The non-null types a schema names, and whether null is allowed (type array or OpenAPI nullable).</summary>
    private static (List<string> Types, bool Nullable) TypesOf(JsonObject o)
    {
        var list = o["type"] switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
            JsonArray a => a.Strings().ToList(),
            _ => new List<string>(),
        };
        var nullable = o.Bool("nullable") || (list.Contains("null") && list.Count > 1);
        if (list.Count > 1)
        {
            list.Remove("null");
        }

        return (list, nullable);
    }

    /// <summary>Kind from enum/const values when no type is given.</summary>
    private static string? InferKind(JsonObject o)
    {
        var values = o.Arr("enum")?.ToList() ?? (o.ContainsKey("const") ? [o["const"]] : []);
        var kinds = values.Select(v => v?.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "?",
        }).Distinct().ToList();
        return kinds.Count == 1 && kinds[0] != "?" ? kinds[0] : null;
    }

    private static readonly HashSet<string> AnnotationKeys = new(StringComparer.Ordinal)
    {
        "description", "title", "examples", "example", "default", "deprecated", "readOnly", "writeOnly", "$comment", "externalDocs",
    };

    private static bool IsAnnotationOnly(JsonNode? node) =>
        node is JsonObject o && o.Count > 0 && o.All(kv => AnnotationKeys.Contains(kv.Key) || kv.Key.StartsWith("x-", StringComparison.Ordinal));

    private static bool IsUnion(JsonObject o) => o.Arr("oneOf") is not null || o.Arr("anyOf") is not null;

    private bool IsRecord(JsonObject o, List<string> types)
    {
        if (o.Obj("properties") is not null)
        {
            return true;
        }

        if (o.Arr("allOf") is not { Count: > 0 } allOf || IsUnion(o) || (types.Count > 0 && !types.Contains("object")))
        {
            return false;
        }

        return allOf.All(m => m is JsonObject mo && (RefResolver.IsRef(mo, out _, out _) ? IsObjectTarget(mo) : mo.Obj("properties") is not null || mo.Str("type") == "object"));
    }

    private bool IsObjectTarget(JsonObject refHolder)
    {
        var target = resolver.Follow(refHolder)?.Object;
        return target is not null && (target.Obj("properties") is not null || target.Str("type") == "object" || target.Arr("allOf") is not null) && !IsUnion(target);
    }
}
