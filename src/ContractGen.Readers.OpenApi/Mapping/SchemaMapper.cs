using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ContractGen.Model;
using Microsoft.OpenApi;

namespace ContractGen.Readers.OpenApi.Mapping;

/// <summary>
/// Schema uses → <see cref="TypeRef"/>. References become <see cref="NamedTypeRef"/>s (so recursion never recurses
/// here); inline object schemas are hoisted into synthesized records whose id is their JSON pointer.
/// </summary>
internal sealed partial class SchemaMapper(MapContext ctx)
{
    private const JsonSchemaType Scalars = JsonSchemaType.Boolean | JsonSchemaType.Integer | JsonSchemaType.Number | JsonSchemaType.String;

    /// <summary>The order in which the members of a multi-type schema are listed.</summary>
    private static readonly JsonSchemaType[] TypeFlags =
        [JsonSchemaType.Boolean, JsonSchemaType.Integer, JsonSchemaType.Number, JsonSchemaType.String, JsonSchemaType.Array, JsonSchemaType.Object];

    /// <summary>The type of a schema used at <paramref name="site"/>; <paramref name="raw"/> is its JSON node.</summary>
    public TypeRef Ref(IOpenApiSchema? schema, JsonNode? raw, Site site)
    {
        if (schema is null)
        {
            return new AnyType();
        }

        if (schema is OpenApiSchemaReference reference)
        {
            return Reference(reference, raw);
        }

        if (ctx.Is31 && raw is JsonObject ro && ro.ContainsKey("nullable"))
        {
            ctx.Diagnostics.Warning(DiagnosticCodes.NullableIn31, "'nullable' is not a keyword in OpenAPI 3.1; use a type array with \"null\"", ctx.Span(ro));
        }

        var type = schema.Type ?? 0;
        var nullable = (type & JsonSchemaType.Null) != 0;
        TypeRef result;
        if (schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 })
        {
            var nullMember = false;
            result = HasProperties(schema) ? Hoist(schema, raw, site) : new UnionTypeRef(Union(schema, raw, site, out nullMember));
            nullable |= nullMember;
        }
        else if (schema.AllOf is { Count: > 0 } allOf)
        {
            result = allOf.Count == 1 && !HasProperties(schema) && (type & ~JsonSchemaType.Null) == 0
                ? Ref(allOf[0], Item(raw, "allOf", 0), site.Child("allOf").Child("0"))
                : Flattenable(schema) ? Hoist(schema, raw, site) : Intersection(schema, raw, site);
        }
        else if (HasProperties(schema))
        {
            result = Hoist(schema, raw, site);
        }
        else if ((type & JsonSchemaType.Array) != 0 && (type & ~(JsonSchemaType.Array | JsonSchemaType.Null)) == 0)
        {
            result = new ListType(Ref(schema.Items, Child(raw, "items"), site.ChildWithSuffix("items", "Item")));
        }
        else if ((type & JsonSchemaType.Object) != 0 || schema.AdditionalProperties is not null)
        {
            result = Map(schema, raw, site);
        }
        else
        {
            result = ScalarOrAny(type, schema, raw, site);
        }

        return result with
        {
            Nullable = nullable || result.Nullable,
            Constraints = result is NamedTypeRef ? result.Constraints : ConstraintReader.Read(schema, raw),
            Description = schema.Description,
        };
    }

    private TypeRef Reference(OpenApiSchemaReference reference, JsonNode? raw)
    {
        var id = MapContext.RefOf(raw) ?? (reference.Reference.Id is { } rid ? "#/components/schemas/" + rid : null);
        if (id is null)
        {
            return new AnyType();
        }

        if (!IsComponentId(id) && !EnsurePointerType(id, reference, raw))
        {
            return new AnyType();
        }

        var nullable = ctx.Is31 && raw is JsonObject o && o["type"] is JsonArray types && types.Any(t => t is JsonValue v && v.TryGetValue<string>(out var s) && s == "null");
        return new NamedTypeRef(ctx.TypeId(id)) { Nullable = nullable, Description = MapContext.Str(raw, "description") };
    }

    private static bool IsComponentId(string id) =>
        id.StartsWith("#/components/schemas/", StringComparison.Ordinal) && id.IndexOf('/', "#/components/schemas/".Length) < 0;

    /// <summary>A $ref to a schema that is not a component (e.g. a property of one) gets a synthesized type at that pointer.</summary>
    private bool EnsurePointerType(string pointer, OpenApiSchemaReference reference, JsonNode? raw)
    {
        var id = ctx.TypeId(pointer);
        if (ctx.HasType(id))
        {
            return true;
        }

        IOpenApiSchema? target;
        try
        {
            target = reference.RecursiveTarget;
        }
        catch (InvalidOperationException)
        {
            target = null;
        }

        if (target is null)
        {
            return false;
        }

        var tokens = Loading.JsonPointer.Split(pointer) ?? [];
        var name = ctx.UniqueName(Names.Pascal(string.Join(" ", tokens.TakeLast(2))));
        ctx.AddType(new RecordDef { Id = id, Name = name, Synthesized = true });
        ctx.AddType(Define(id, name, true, target, ctx.Deref(raw), Site.At(pointer, name)));
        return true;
    }

    private TypeRef Map(IOpenApiSchema schema, JsonNode? raw, Site site)
    {
        if (!schema.AdditionalPropertiesAllowed)
        {
            return Hoist(schema, raw, site);
        }

        var value = schema.AdditionalProperties is { } ap
            ? Ref(ap, Child(raw, "additionalProperties"), site.ChildWithSuffix("additionalProperties", "Value"))
            : new AnyType();
        return new MapType(new ScalarType(ScalarKind.String), value);
    }

    private TypeRef ScalarOrAny(JsonSchemaType type, IOpenApiSchema schema, JsonNode? raw, Site site)
    {
        var kinds = type & ~JsonSchemaType.Null;
        if (kinds == 0 && raw is JsonObject ro && ro.TryGetPropertyValue("const", out var constant))
        {
            kinds = KindOf(constant);
        }

        if (kinds == 0)
        {
            return type == JsonSchemaType.Null ? new ScalarType(ScalarKind.Null) : schema.Not is not null && IsEmpty(schema.Not) ? new NeverType() : new AnyType();
        }

        var members = new List<UnionMember>();
        foreach (var flag in TypeFlags)
        {
            if ((kinds & flag) == 0)
            {
                continue;
            }

            TypeRef t = flag switch
            {
                JsonSchemaType.Array => new ListType(Ref(schema.Items, Child(raw, "items"), site.ChildWithSuffix("items", "Item"))),
                JsonSchemaType.Object => Map(schema, raw, site),
                _ => Scalar(flag, schema.Format),
            };
            members.Add(new UnionMember(flag.ToString().ToLowerInvariant(), t));
        }

        return members.Count == 1 ? members[0].Type : new UnionTypeRef(new Union { Name = site.Name, Kind = UnionKind.AnyOf, Members = members.ToImmutableArray(), Span = ctx.Span(raw) });
    }

    /// <summary>The JSON Schema type of a literal (a schema with only <c>const</c> has the const's type).</summary>
    private static JsonSchemaType KindOf(JsonNode? value) => value?.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.String => JsonSchemaType.String,
        System.Text.Json.JsonValueKind.Number => value.AsValue().TryGetValue<long>(out _) ? JsonSchemaType.Integer : JsonSchemaType.Number,
        System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => JsonSchemaType.Boolean,
        System.Text.Json.JsonValueKind.Object => JsonSchemaType.Object,
        System.Text.Json.JsonValueKind.Array => JsonSchemaType.Array,
        _ => 0,
    };

    private static ScalarType Scalar(JsonSchemaType flag, string? format) => flag switch
    {
        JsonSchemaType.Boolean => new ScalarType(ScalarKind.Bool, format),
        JsonSchemaType.Integer => format switch
        {
            "int32" => new ScalarType(ScalarKind.Int32, format),
            "int64" => new ScalarType(ScalarKind.Int64, format),
            _ => new ScalarType(ScalarKind.Integer, format),
        },
        JsonSchemaType.Number => format switch
        {
            "float" => new ScalarType(ScalarKind.Float, format),
            "double" => new ScalarType(ScalarKind.Double, format),
            _ => new ScalarType(ScalarKind.Number, format),
        },
        _ => format is "byte" or "binary" ? new ScalarType(ScalarKind.Bytes, format) : new ScalarType(ScalarKind.String, format),
    };

    private static bool HasProperties(IOpenApiSchema s) => s.Properties is { Count: > 0 };

    private static bool IsEmpty(IOpenApiSchema s) =>
        s is not OpenApiSchemaReference && s.Type is null && s.Properties is not { Count: > 0 } && s.AllOf is not { Count: > 0 } &&
        s.OneOf is not { Count: > 0 } && s.AnyOf is not { Count: > 0 } && s.Enum is not { Count: > 0 } && s.Items is null && s.Not is null;

    internal static JsonNode? Child(JsonNode? raw, string key) => raw is JsonObject o ? o[key] : null;

    internal static JsonNode? Item(JsonNode? raw, string key, int i) =>
        raw is JsonObject o && o[key] is JsonArray a && i < a.Count ? a[i] : null;
}
