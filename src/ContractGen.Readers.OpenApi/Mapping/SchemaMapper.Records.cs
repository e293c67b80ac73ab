using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using ContractGen.Model;
using Microsoft.OpenApi;

namespace ContractGen.Readers.OpenApi.Mapping;

internal sealed partial class SchemaMapper
{
    /// <summary>An object schema; allOf references become bases and inline allOf members' properties are merged in.</summary>
    private RecordDef Record(string id, string name, IOpenApiSchema schema, JsonNode? raw, Site site)
    {
        var fields = new List<FieldDef>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var required = new HashSet<string>(schema.Required ?? (ISet<string>)new HashSet<string>(), StringComparer.Ordinal);
        var bases = ImmutableArray.CreateBuilder<TypeRef>();
        var additional = schema.AdditionalProperties;
        var additionalRaw = Child(raw, "additionalProperties");
        var additionalAllowed = schema.AdditionalPropertiesAllowed;
        if (schema.AllOf is { Count: > 0 } allOf)
        {
            for (var i = 0; i < allOf.Count; i++)
            {
                var member = allOf[i];
                if (member is null)
                {
                    continue;
                }
                var memberRaw = Item(raw, "allOf", i);
                var memberSite = site.Child("allOf").Child(i.ToString(CultureInfo.InvariantCulture));
                if (member is OpenApiSchemaReference)
                {
                    bases.Add(Ref(member, memberRaw, memberSite));
                    continue;
                }

                required.UnionWith(member.Required ?? (ISet<string>)new HashSet<string>());
                AddFields(id, member, memberRaw, memberSite, site.Name, fields, index);
                if (member.AdditionalProperties is not null && additional is null)
                {
                    additional = member.AdditionalProperties;
                    additionalRaw = Child(memberRaw, "additionalProperties");
                }

                additionalAllowed &= member.AdditionalPropertiesAllowed;
            }
        }

        AddFields(id, schema, raw, site, site.Name, fields, index);
        for (var i = 0; i < fields.Count; i++)
        {
            if (required.Contains(fields[i].Name))
            {
                fields[i] = fields[i] with { Presence = FieldPresence.Required };
            }
        }

        var oneofs = ImmutableArray<Union>.Empty;
        if (schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 })
        {
            oneofs = [Union(schema, raw, site, out _)];
        }

        return new RecordDef
        {
            Id = id,
            Name = name,
            Fields = fields.ToImmutableArray(),
            Bases = bases.ToImmutable(),
            Oneofs = oneofs,
            AdditionalProperties = additional is null ? null : Ref(additional, additionalRaw, site.ChildWithSuffix("additionalProperties", "Value")),
            AdditionalPropertiesAllowed = additionalAllowed,
            Constraints = ConstraintReader.Read(schema, raw),
        };
    }

    private void AddFields(string ownerId, IOpenApiSchema schema, JsonNode? raw, Site site, string ownerName, List<FieldDef> fields, Dictionary<string, int> index)
    {
        if (schema.Properties is not { Count: > 0 } props)
        {
            return;
        }

        var rawProps = Child(raw, "properties") as JsonObject;
        var propsSite = site.Child("properties");
        foreach (var (propName, prop) in props)
        {
            var propRaw = rawProps?[propName];
            var type = Ref(prop, propRaw, propsSite.ChildWithPascal(propName, ownerName, propName));

            // A reference holder resolves its target on every property read; its own siblings are in the source.
            var isRef = prop is null or OpenApiSchemaReference;
            var field = new FieldDef
            {
                Id = ownerId + "/properties/" + Loading.JsonPointer.Escape(propName),
                Name = propName,
                JsonName = propName,
                Type = type,
                ReadOnly = isRef ? MapContext.Bool(propRaw, "readOnly") ?? false : prop!.ReadOnly,
                WriteOnly = isRef ? MapContext.Bool(propRaw, "writeOnly") ?? false : prop!.WriteOnly,
                Deprecated = isRef ? MapContext.Bool(propRaw, "deprecated") ?? false : prop!.Deprecated,
                Docs = MapContext.Docs(null, isRef ? MapContext.Str(propRaw, "description") : prop!.Description),
                Extensions = MapContext.Extensions(propRaw),
                Span = ctx.Span(propRaw, ctx.Span(raw)),
            };
            if (index.TryGetValue(propName, out var existing))
            {
                fields[existing] = field;
            }
            else
            {
                index[propName] = fields.Count;
                fields.Add(field);
            }
        }
    }
}
