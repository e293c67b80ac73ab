using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ContractGen.Model;
using Microsoft.OpenApi;
using ParameterLocation = ContractGen.Model.ParameterLocation;

namespace ContractGen.Readers.OpenApi.Mapping;

/// <summary>Parameters (path-item level merged with operation level), request bodies, responses and their headers.</summary>
internal sealed class ParameterMapper(MapContext ctx)
{
    /// <summary>Path-item parameters first, then the operation's; an operation parameter replaces one with the same name and location.</summary>
    public ImmutableArray<HttpParameter> Parameters(IList<IOpenApiParameter>? itemLevel, JsonNode? itemRaw, IList<IOpenApiParameter>? opLevel, JsonNode? opRaw, Site opSite, string opName)
    {
        var result = new List<HttpParameter>();
        var index = new Dictionary<(string, ParameterLocation), int>();
        Add(itemLevel, SchemaMapper.Child(itemRaw, "parameters"), opSite, opName, result, index);
        Add(opLevel, SchemaMapper.Child(opRaw, "parameters"), opSite, opName, result, index);
        return result.ToImmutableArray();
    }

    private void Add(IList<IOpenApiParameter>? list, JsonNode? rawList, Site opSite, string opName, List<HttpParameter> result, Dictionary<(string, ParameterLocation), int> index)
    {
        if (list is null)
        {
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var useRaw = rawList is JsonArray a && i < a.Count ? a[i] : null;
            var p = list[i] is null ? null : Parameter(ctx.Refs.Of(list[i]), useRaw, opSite, opName);
            if (p is null)
            {
                continue;
            }

            var key = (p.Name, p.In);
            if (index.TryGetValue(key, out var at))
            {
                result[at] = p;
            }
            else
            {
                index[key] = result.Count;
                result.Add(p);
            }
        }
    }

    private HttpParameter? Parameter(IOpenApiParameter p, JsonNode? useRaw, Site opSite, string opName)
    {
        if (p.Name is null || p.In is null)
        {
            return null;
        }

        var defRaw = ctx.Deref(useRaw);
        var refText = MapContext.RefOf(useRaw);
        var site = refText is not null ? Site.At(refText, Names.Pascal(p.Name) + "Param") : opSite.Child("parameters").Child(p.Name, opName + Names.Pascal(p.Name) + "Param");
        var (type, media) = SchemaOrContent(p.Schema, p.Content, defRaw, site);
        return new HttpParameter
        {
            Name = p.Name,
            In = p.In switch
            {
                Microsoft.OpenApi.ParameterLocation.Path => ParameterLocation.Path,
                Microsoft.OpenApi.ParameterLocation.Header => ParameterLocation.Header,
                Microsoft.OpenApi.ParameterLocation.Cookie => ParameterLocation.Cookie,
                _ => ParameterLocation.Query,
            },
            Type = type,
            Required = p.Required,
            Style = MapContext.Str(defRaw, "style"),
            Explode = MapContext.Bool(defRaw, "explode"),
            AllowReserved = p.AllowReserved,
            Deprecated = p.Deprecated,
            Docs = MapContext.Docs(null, p.Description),
            ContentMediaType = media,
            Span = ctx.Span(useRaw),
        };
    }

    /// <summary>A parameter or header has either a schema or a one-entry content map.</summary>
    private (TypeRef Type, string? Media) SchemaOrContent(IOpenApiSchema? schema, IDictionary<string, IOpenApiMediaType>? content, JsonNode? defRaw, Site site)
    {
        if (schema is not null)
        {
            return (ctx.Schemas.Ref(schema, SchemaMapper.Child(defRaw, "schema"), site.Child("schema")), null);
        }

        if (content is { Count: > 0 })
        {
            var (media, mtUse) = content.First();
            var mt = mtUse is null ? null : ctx.Refs.Of(mtUse);
            var rawMt = SchemaMapper.Child(SchemaMapper.Child(defRaw, "content"), media);
            return (ctx.Schemas.Ref(mt?.Schema, SchemaMapper.Child(rawMt, "schema"), site.Child("content").Child(media).Child("schema")), media);
        }

        return (new AnyType(), null);
    }

    public RequestBody? Body(IOpenApiRequestBody? body, JsonNode? useRaw, Site opSite, string opName)
    {
        if (body is null)
        {
            return null;
        }

        body = ctx.Refs.Of(body);

        var defRaw = ctx.Deref(useRaw);
        var refText = MapContext.RefOf(useRaw);
        var site = refText is not null ? Site.At(refText, SchemaMapper.ComponentName(refText)) : opSite.Child("requestBody", opName + "Request");
        return new RequestBody
        {
            Required = body.Required,
            Content = Content(body.Content, defRaw, site),
            Docs = MapContext.Docs(null, body.Description),
            Span = ctx.Span(useRaw),
        };
    }

    public ImmutableArray<HttpResponse> Responses(OpenApiResponses? responses, JsonNode? opRaw, Site opSite, string opName)
    {
        if (responses is null)
        {
            return ImmutableArray<HttpResponse>.Empty;
        }

        var rawResponses = SchemaMapper.Child(opRaw, "responses");
        var result = ImmutableArray.CreateBuilder<HttpResponse>();
        foreach (var (status, use) in responses)
        {
            if (use is null)
            {
                continue;
            }

            var response = ctx.Refs.Of(use);
            var useRaw = SchemaMapper.Child(rawResponses, status);
            var defRaw = ctx.Deref(useRaw);
            var refText = MapContext.RefOf(useRaw);
            var site = refText is not null
                ? Site.At(refText, SchemaMapper.ComponentName(refText))
                : opSite.Child("responses").Child(status, opName + Names.Pascal(status == "default" ? "Default" : status) + "Response");
            result.Add(new HttpResponse
            {
                Status = status,
                Docs = MapContext.Docs(null, response.Description),
                Content = Content(response.Content, defRaw, site),
                Headers = Headers(response.Headers, defRaw, site),
                Span = ctx.Span(useRaw),
            });
        }

        return result.ToImmutable();
    }

    private ImmutableArray<HttpParameter> Headers(IDictionary<string, IOpenApiHeader>? headers, JsonNode? defRaw, Site site)
    {
        if (headers is not { Count: > 0 })
        {
            return ImmutableArray<HttpParameter>.Empty;
        }

        var rawHeaders = SchemaMapper.Child(defRaw, "headers");
        var result = ImmutableArray.CreateBuilder<HttpParameter>();
        foreach (var (name, use) in headers)
        {
            if (use is null)
            {
                continue;
            }

            var h = ctx.Refs.Of(use);
            var useRaw = SchemaMapper.Child(rawHeaders, name);
            var hRaw = ctx.Deref(useRaw);
            var refText = MapContext.RefOf(useRaw);
            var hSite = refText is not null ? Site.At(refText, Names.Pascal(name) + "Header") : site.Child("headers").Child(name, site.Name + Names.Pascal(name) + "Header");
            var (type, media) = SchemaOrContent(h.Schema, h.Content, hRaw, hSite);
            result.Add(new HttpParameter
            {
                Name = name,
                In = ParameterLocation.Header,
                Type = type,
                Required = h.Required,
                Style = MapContext.Str(hRaw, "style"),
                Explode = MapContext.Bool(hRaw, "explode"),
                Deprecated = h.Deprecated,
                Docs = MapContext.Docs(null, h.Description),
                ContentMediaType = media,
                Span = ctx.Span(useRaw),
            });
        }

        return result.ToImmutable();
    }

    private ImmutableArray<MediaContent> Content(IDictionary<string, IOpenApiMediaType>? content, JsonNode? defRaw, Site site)
    {
        if (content is not { Count: > 0 })
        {
            return ImmutableArray<MediaContent>.Empty;
        }

        var rawContent = SchemaMapper.Child(defRaw, "content");
        var result = ImmutableArray.CreateBuilder<MediaContent>();
        var single = content.Count == 1;
        foreach (var (media, mtUse) in content)
        {
            if (mtUse is null)
            {
                result.Add(new MediaContent(media, null));
                continue;
            }

            var mt = ctx.Refs.Of(mtUse);
            var rawMt = ctx.Deref(SchemaMapper.Child(rawContent, media));
            var name = single ? site.Name : site.Name + Names.Pascal(media.Split('/')[^1]);
            var schemaSite = site.Child("content").Child(media, name).Child("schema");
            var type = mt.Schema is null ? null : ctx.Schemas.Ref(mt.Schema, SchemaMapper.Child(rawMt, "schema"), schemaSite);
            result.Add(new MediaContent(media, type));
        }

        return result.ToImmutable();
    }
}
