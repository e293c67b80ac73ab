using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Json;
using ContractGen.Readers.AsyncApi.Refs;

namespace ContractGen.Readers.AsyncApi.Mapping;

/// <summary>
/// Security schemes (components/securitySchemes) and requirements: 2.x lists of <c>{scheme: [scopes]}</c> maps
/// (alternatives), 3.x lists of scheme objects or $refs (each one an alternative, with the scheme's <c>scopes</c>).
/// </summary>
internal static class SecurityMapper
{
    public static void ReadComponents(ReadContext ctx)
    {
        var schemes = ctx.Root.Obj("components").Obj("securitySchemes");
        foreach (var (name, node) in schemes.Entries())
        {
            if (ctx.Deref(node)?.Object is { } o)
            {
                ctx.Schemes[name] = Scheme(ctx, name, ctx.Refs.IdOf(ctx.File, "/components/securitySchemes/" + Pointer.Escape(name)), o, ctx.Index.KeySpan(schemes!, name));
            }
        }
    }

    /// <param name="name">What requirements call it.</param>
    /// <param name="id">Its model id (unique per document).</param>
    private static SecurityScheme Scheme(ReadContext ctx, string name, string id, JsonObject o, SourceSpan span) => new()
    {
        Id = id,
        Name = name,
        Type = o.Str("type") ?? "",
        Scheme = o.Str("scheme"),
        BearerFormat = o.Str("bearerFormat"),
        In = o.Str("in"),
        ParameterName = o.Str("name"),
        OpenIdConnectUrl = o.Str("openIdConnectUrl"),
        Flows = o.Obj("flows").Entries()
            .Where(f => f.Value is JsonObject)
            .Select(f => Flow(ctx, f.Key, (JsonObject)f.Value!))
            .ToImmutableArray(),
        Scopes = o.Arr("scopes").Strings().ToImmutableArray(),
        Docs = o.Docs(),
        Extensions = o.Extensions(),
        Span = span,
    };

    private static OAuthFlow Flow(ReadContext ctx, string kind, JsonObject f)
    {
        var scopes = f.Obj(ctx.IsV3 ? "availableScopes" : "scopes") ?? f.Obj("scopes");
        return new OAuthFlow(kind, f.Str("authorizationUrl"), f.Str("tokenUrl"), f.Str("refreshUrl"),
            scopes is null ? ImmutableArray<string>.Empty : scopes.Select(kv => kv.Key).ToImmutableArray());
    }

    /// <summary>Reads a <c>security</c> list; null when the key is absent.</summary>
    public static ImmutableArray<SecurityRequirement>? Requirements(ReadContext ctx, JsonObject owner, string ownerId)
    {
        if (owner.Arr("security") is not { } list)
        {
            return null;
        }

        var result = new List<SecurityRequirement>();
        for (var i = 0; i < list.Count; i++)
        {
            var requirement = ctx.IsV3 ? V3Item(ctx, list[i], $"{ownerId}.security{i}") : V2Item(ctx, list[i] as JsonObject);
            if (requirement is not null)
            {
                result.Add(requirement);
            }
        }

        return result.ToImmutableArray();
    }

    private static SecurityRequirement? V2Item(ReadContext ctx, JsonObject? map)
    {
        if (map is null)
        {
            return null;
        }

        var items = new List<SecurityRequirementItem>();
        foreach (var (scheme, scopes) in map)
        {
            if (!ctx.Schemes.ContainsKey(scheme))
            {
                ctx.Report.Error(Codes.UnknownSecurityScheme, $"security scheme '{scheme}' is not defined in components/securitySchemes", ctx.KeySpan(map, scheme));
            }

            items.Add(new SecurityRequirementItem(scheme, (scopes as JsonArray).Strings().ToImmutableArray()));
        }

        return new SecurityRequirement(items.ToImmutableArray());
    }

    private static SecurityRequirement? V3Item(ReadContext ctx, JsonNode? item, string syntheticId)
    {
        var loc = ctx.Deref(item);
        if (loc?.Object is not { } scheme)
        {
            return null;
        }

        string id;
        if (Pointer.Tokens(loc.Pointer ?? "x") is ["components", "securitySchemes", var key] && ReferenceEquals(loc.File, ctx.File))
        {
            id = key;
        }
        else
        {
            id = syntheticId;
            ctx.Schemes.TryAdd(id, Scheme(ctx, id, DocumentIdentity.Element(ctx.Refs.DocumentId, "#" + id), scheme, ctx.Span(scheme)));
        }

        return new SecurityRequirement([new SecurityRequirementItem(id, scheme.Arr("scopes").Strings().ToImmutableArray())]);
    }
}
