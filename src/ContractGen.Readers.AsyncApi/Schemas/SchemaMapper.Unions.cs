using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Model.Printing;
using ContractGen.Readers.AsyncApi.Json;
using ContractGen.Readers.AsyncApi.Refs;

namespace ContractGen.Readers.AsyncApi.Schemas;

internal sealed partial class SchemaMapper
{
    /// <summary>oneOf/anyOf → a union; members named after their types; discriminator with mapping and values.</summary>
    private Union BuildUnion(JsonObject o, string id, string name)
    {
        var isOneOf = o.Arr("oneOf") is not null;
        var keyword = isOneOf ? "oneOf" : "anyOf";
        var list = o.Arr(keyword)!;
        var discriminator = ReadDiscriminator(o);
        var members = new List<UnionMember>();
        for (var i = 0; i < list.Count; i++)
        {
            var member = list[i];
            var type = Map(member, Pointer.Append(id + "/" + keyword, i), name + "Option" + (i + 1));
            var memberName = MemberName(type, i);
            while (members.Exists(m => m.Name == memberName))
            {
                memberName += "_" + (i + 1);
            }

            var values = discriminator is null ? ImmutableArray<string>.Empty : DiscriminatorValues(discriminator, member, type);
            members.Add(new UnionMember(memberName, type) { DiscriminatorValues = values });
        }

        return new Union
        {
            Name = name,
            Kind = isOneOf ? UnionKind.OneOf : UnionKind.AnyOf,
            Members = members.ToImmutableArray(),
            Discriminator = discriminator,
            Span = resolver.Index.Span(o),
        };
    }

    private string MemberName(TypeRef type, int index) => type switch
    {
        NamedTypeRef n => registry.NameOf(n.TypeId) ?? Pointer.LastToken(n.TypeId),
        ScalarType s => TextFormat.Scalar(s.Kind),
        ListType => "list",
        MapType => "map",
        _ => "option" + (index + 1),
    };

    /// <summary>AsyncAPI schema: <c>discriminator: propName</c>; OpenAPI 3.0: <c>{propertyName, mapping}</c>.</summary>
    private Discriminator? ReadDiscriminator(JsonObject o)
    {
        if (o.Str("discriminator") is { } prop)
        {
            return new Discriminator(prop);
        }

        if (o.Obj("discriminator") is not { } d || d.Str("propertyName") is not { } name)
        {
            return null;
        }

        var mapping = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var file = resolver.Index.FileOf(o) ?? resolver.Entry;
        foreach (var (value, target) in d.Obj("mapping").Entries())
        {
            if (target.AsString() is { } t)
            {
                var hash = t.IndexOf('#', StringComparison.Ordinal);
                mapping[value] = hash == 0 ? resolver.IdOf(file, t[1..]) : hash > 0 ? t : resolver.IdOf(file, "/components/schemas/" + Pointer.Escape(t));
            }
        }

        return new Discriminator(name) { Mapping = mapping.ToImmutable() };
    }

    private ImmutableArray<string> DiscriminatorValues(Discriminator d, JsonNode? member, TypeRef type)
    {
        var values = new List<string>();
        if (type is NamedTypeRef n)
        {
            values.AddRange(d.Mapping.Where(kv => kv.Value == n.TypeId).Select(kv => kv.Key));
        }

        var schema = member is JsonObject mo && RefResolver.IsRef(mo, out var holder, out _) ? resolver.Follow(holder)?.Object : member as JsonObject;
        var prop = schema.Obj("properties").Obj(d.PropertyName);
        if (values.Count == 0 && prop is not null)
        {
            if (prop.Str("const") is { } c)
            {
                values.Add(c);
            }
            else if (prop.Arr("enum") is { } e)
            {
                values.AddRange(e.Strings());
            }
        }

        if (values.Count == 0 && type is NamedTypeRef named && d.Mapping.Count == 0)
        {
            values.Add(Pointer.LastToken(named.TypeId));
        }

        return values.Distinct().ToImmutableArray();
    }
}
