using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ContractGen.Model;

namespace ContractGen.Readers.OpenApi.Mapping;

/// <summary>Security schemes (components.securitySchemes, id = the component key) and requirements.</summary>
internal sealed class SecurityMapper(MapContext ctx)
{
    private static readonly string[] FlowKinds = ["implicit", "password", "clientCredentials", "authorizationCode", "deviceAuthorization"];

    public ImmutableArray<SecurityScheme> Schemes()
    {
        if (SchemaMapper.Child(SchemaMapper.Child(ctx.Root, "components"), "securitySchemes") is not JsonObject schemes)
        {
            return ImmutableArray<SecurityScheme>.Empty;
        }

        var result = ImmutableArray.CreateBuilder<SecurityScheme>();
        foreach (var (name, use) in schemes)
        {
            var raw = ctx.Deref(use);
            var flows = ImmutableArray.CreateBuilder<OAuthFlow>();
            if (SchemaMapper.Child(raw, "flows") is JsonObject rawFlows)
            {
                foreach (var kind in FlowKinds)
                {
                    if (rawFlows[kind] is JsonObject f)
                    {
                        var scopes = f["scopes"] is JsonObject s ? s.Select(kv => kv.Key).Order(StringComparer.Ordinal).ToImmutableArray() : ImmutableArray<string>.Empty;
                        flows.Add(new OAuthFlow(kind, MapContext.Str(f, "authorizationUrl") ?? MapContext.Str(f, "deviceAuthorizationUrl"),
                            MapContext.Str(f, "tokenUrl"), MapContext.Str(f, "refreshUrl"), scopes));
                    }
                }
            }

            result.Add(new SecurityScheme
            {
                Id = name,
                Name = name,
                Type = MapContext.Str(raw, "type") ?? "unknown",
                Scheme = MapContext.Str(raw, "scheme"),
                BearerFormat = MapContext.Str(raw, "bearerFormat"),
                In = MapContext.Str(raw, "in"),
                ParameterName = MapContext.Str(raw, "name"),
                OpenIdConnectUrl = MapContext.Str(raw, "openIdConnectUrl"),
                Flows = flows.ToImmutable(),
                Docs = MapContext.Docs(null, MapContext.Str(raw, "description")),
                Deprecated = MapContext.Bool(raw, "deprecated") ?? false,
                Extensions = MapContext.Extensions(raw),
                Span = ctx.Span(use),
            });
        }

        return result.ToImmutable();
    }

    /// <summary>null when the object has no "security" key (inherit the default); empty list = explicitly none.</summary>
    public ImmutableArray<SecurityRequirement>? Requirements(JsonNode? owner, ISet<string> declared)
    {
        if (owner is not JsonObject o || !o.TryGetPropertyValue("security", out var security) || security is not JsonArray list)
        {
            return null;
        }

        var result = ImmutableArray.CreateBuilder<SecurityRequirement>();
        foreach (var req in list)
        {
            if (req is not JsonObject r)
            {
                continue;
            }

            var items = ImmutableArray.CreateBuilder<SecurityRequirementItem>();
            foreach (var (scheme, scopes) in r)
            {
                if (!declared.Contains(scheme))
                {
                    ctx.Diagnostics.Warning(DiagnosticCodes.UnknownSecurityScheme, $"security requirement names an undeclared scheme '{scheme}'", ctx.Span(scopes ?? r));
                }

                var s = scopes is JsonArray a
                    ? a.Select(x => x is JsonValue v && v.TryGetValue<string>(out var t) ? t : null).OfType<string>().ToImmutableArray()
                    : ImmutableArray<string>.Empty;
                items.Add(new SecurityRequirementItem(scheme, s));
            }

            result.Add(new SecurityRequirement(items.ToImmutable()));
        }

        return result.ToImmutable();
    }
}
