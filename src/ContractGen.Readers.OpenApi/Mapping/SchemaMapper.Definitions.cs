using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ContractGen.Model;
using Microsoft.OpenApi;

namespace ContractGen.Readers.OpenApi.Mapping;

internal sealed partial class SchemaMapper
{
    /// <summary>A named type for a component schema (or a hoisted inline schema).</summary>
    public TypeDef Define(string id, string name, bool synthesized, IOpenApiSchema? schema, JsonNode? raw, Site site)
    {
        if (schema is null)
        {
            return new AliasDef { Id = id, Name = name, Target = new AnyType(), Span = ctx.Span(raw), Synthesized = synthesized };
        }

        var span = ctx.Span(raw);
        var docs = MapContext.Docs(schema is OpenApiSchemaReference ? null : schema.Title, schema.Description);
        var ext = MapContext.Extensions(raw);
        var type = schema.Type ?? 0;
        TypeDef def;
        if (schema is OpenApiSchemaReference)
        {
            def = new AliasDef { Id = id, Name = name, Target = Ref(schema, raw, site) };
        }
        else if (schema.Enum is { Count: > 0 } && (type & (JsonSchemaType.Object | JsonSchemaType.Array)) == 0 && !HasProperties(schema))
        {
            def = Enum(id, name, schema, raw);
        }
        else if ((schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 }) && !HasProperties(schema) && schema.AllOf is not { Count: > 0 })
        {
            var union = Union(schema, raw, site, out var nullMember);
            def = nullMember || (type & JsonSchemaType.Null) != 0
                ? new AliasDef { Id = id, Name = name, Target = new UnionTypeRef(union) { Nullable = true } }
                : new UnionDef { Id = id, Name = name, Union = union };
        }
        else if (schema.AllOf is { Count: > 0 } && !Flattenable(schema))
        {
            def = new AliasDef { Id = id, Name = name, Target = Intersection(schema, raw, site) };
        }
        else if (HasProperties(schema) || schema.AllOf is { Count: > 0 } || (IsObjectOnly(type) && !IsMap(schema)) || !schema.AdditionalPropertiesAllowed)
        {
            def = Record(id, name, schema, raw, site);
        }
        else
        {
            def = new AliasDef { Id = id, Name = name, Target = Ref(schema, raw, site) with { Description = null } };
        }

        return def with { Span = span, Docs = docs, Deprecated = schema.Deprecated, Extensions = ext, Synthesized = synthesized };
    }

    /// <summary>Hoists an inline object schema into a synthesized named record; returns a reference to it.</summary>
    private NamedTypeRef Hoist(IOpenApiSchema schema, JsonNode? raw, Site site)
    {
        var id = ctx.TypeId(site.Pointer);
        if (!ctx.HasType(id))
        {
            var name = ctx.UniqueName(site.Name);
            ctx.AddType(new RecordDef { Id = id, Name = name });
            ctx.AddType(Define(id, name, true, schema, raw, site));
        }

        return new NamedTypeRef(id);
    }

    private EnumDef Enum(string id, string name, IOpenApiSchema schema, JsonNode? raw)
    {
        var values = ImmutableArray.CreateBuilder<EnumValue>();
        var rawValues = Child(raw, "enum") as JsonArray;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < schema.Enum!.Count; i++)
        {
            var node = rawValues is not null && i < rawValues.Count ? rawValues[i] : schema.Enum[i];
            var text = JsonText.Canonical(node);
            if (!seen.Add(text))
            {
                continue;
            }

            values.Add(new EnumValue { Id = id + "/enum/" + i, Name = JsonText.Plain(node), Value = text, Span = ctx.Span(node, ctx.Span(raw)) });
        }

        var kind = (schema.Type ?? 0) & ~JsonSchemaType.Null;
        return new EnumDef
        {
            Id = id,
            Name = name,
            Closed = true,
            Values = values.ToImmutable(),
            ValueKind = kind switch
            {
                JsonSchemaType.Integer => ScalarKind.Integer,
                JsonSchemaType.Number => ScalarKind.Number,
                JsonSchemaType.Boolean => ScalarKind.Bool,
                _ => ScalarKind.String,
            },
        };
    }

    private static bool IsObjectOnly(JsonSchemaType type) => (type & ~JsonSchemaType.Null) == JsonSchemaType.Object;

    /// <summary>An object with no named properties and a schema for additional ones is a map.</summary>
    private static bool IsMap(IOpenApiSchema s) => !HasProperties(s) && s.AdditionalProperties is not null;

    /// <summary>allOf can become a record when every member is a reference or a plain inline object.</summary>
    private static bool Flattenable(IOpenApiSchema schema) =>
        schema.AllOf!.All(m => m is null or OpenApiSchemaReference ||
                               (m.OneOf is not { Count: > 0 } && m.AnyOf is not { Count: > 0 } && m.AllOf is not { Count: > 0 } &&
                                ((m.Type ?? JsonSchemaType.Object) & ~JsonSchemaType.Null) == JsonSchemaType.Object));

    private IntersectionTypeRef Intersection(IOpenApiSchema schema, JsonNode? raw, Site site)
    {
        var members = ImmutableArray.CreateBuilder<TypeRef>();
        for (var i = 0; i < schema.AllOf!.Count; i++)
        {
            members.Add(Ref(schema.AllOf[i], Item(raw, "allOf", i), site.Child("allOf").ChildWithSuffix(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Part" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return new IntersectionTypeRef(members.ToImmutable());
    }
}
