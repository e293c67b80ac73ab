using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using ContractGen.Model;
using Microsoft.OpenApi;

namespace ContractGen.Readers.OpenApi.Mapping;

internal sealed partial class SchemaMapper
{
    /// <summary>oneOf / anyOf with the discriminator (explicit mapping plus implicit values from component names).</summary>
    private Union Union(IOpenApiSchema schema, JsonNode? raw, Site site, out bool nullMember)
    {
        var isOneOf = schema.OneOf is { Count: > 0 };
        var key = isOneOf ? "oneOf" : "anyOf";
        var list = isOneOf ? schema.OneOf! : schema.AnyOf!;
        var discriminator = Discriminator(schema, raw);
        var members = ImmutableArray.CreateBuilder<UnionMember>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        nullMember = false;
        for (var i = 0; i < list.Count; i++)
        {
            var member = list[i];
            if (member is null)
            {
                continue;
            }

            if (member is not OpenApiSchemaReference && member.Type == JsonSchemaType.Null)
            {
                nullMember = true;
                continue;
            }

            var memberRaw = Item(raw, key, i);
            var index = i.ToString(CultureInfo.InvariantCulture);
            var type = Ref(member, memberRaw, site.Child(key).ChildWithSuffix(index, "Option" + (i + 1).ToString(CultureInfo.InvariantCulture)));
            var name = type is NamedTypeRef n ? ComponentName(n.TypeId) : MemberName(type, i);
            while (!names.Add(name))
            {
                name += "_" + index;
            }

            var values = ImmutableArray<string>.Empty;
            if (discriminator is not null && type is NamedTypeRef named)
            {
                var mapped = discriminator.Mapping.Where(kv => kv.Value == named.TypeId).Select(kv => kv.Key).ToImmutableArray();
                values = mapped.Length > 0 ? mapped : [ComponentName(named.TypeId)];
            }

            members.Add(new UnionMember(name, type) { DiscriminatorValues = values });
        }

        return new Union
        {
            Name = site.Name,
            Kind = isOneOf ? UnionKind.OneOf : UnionKind.AnyOf,
            Members = members.ToImmutable(),
            Discriminator = discriminator,
            Span = ctx.Span(Child(raw, key), ctx.Span(raw)),
        };
    }

    private Discriminator? Discriminator(IOpenApiSchema schema, JsonNode? raw)
    {
        if (schema.Discriminator?.PropertyName is not { } property)
        {
            return null;
        }

        var mapping = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (Child(Child(raw, "discriminator"), "mapping") is JsonObject rawMapping)
        {
            foreach (var (value, target) in rawMapping)
            {
                if (target is JsonValue v && v.TryGetValue<string>(out var t))
                {
                    mapping[value] = ctx.TypeId(t.StartsWith('#') ? t : "#/components/schemas/" + t);
                }
            }
        }

        return new Discriminator(property) { Mapping = mapping.ToImmutable() };
    }

    /// <summary>"#/components/schemas/Pet" → "Pet".</summary>
    internal static string ComponentName(string typeId)
    {
        var slash = typeId.LastIndexOf('/');
        return Loading.JsonPointer.Unescape(slash < 0 ? typeId : typeId[(slash + 1)..]);
    }

    private static string MemberName(TypeRef type, int i) => type switch
    {
        ScalarType s => Model.Printing.TextFormat.Scalar(s.Kind),
        ListType => "list",
        MapType => "map",
        _ => "option" + (i + 1).ToString(CultureInfo.InvariantCulture),
    };
}
