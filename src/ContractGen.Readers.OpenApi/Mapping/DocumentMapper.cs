using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.OpenApi.Loading;
using Microsoft.OpenApi;

namespace ContractGen.Readers.OpenApi.Mapping;

/// <summary>
/// A loaded OpenAPI document → the contract model. Operations are grouped into services by their first tag
/// (untagged ones: a service named after info.title). Webhooks (3.1+) become operations of a service with id
/// "webhooks" whatever their tags; their binding's path is the webhook name (not a URL template).
/// </summary>
public static class DocumentMapper
{
    public const string WebhooksService = "webhooks";

    public static ContractModel Map(LoadedDocument loaded, DiagnosticBag diagnostics)
    {
        if (loaded.Document is not { } doc || loaded.Root is null)
        {
            return ContractModel.Empty;
        }

        var ctx = new MapContext(loaded, diagnostics);
        var root = loaded.Root;
        var title = doc.Info?.Title is { Length: > 0 } t ? t : Path.GetFileNameWithoutExtension(loaded.Path);
        var security = new SecurityMapper(ctx);
        var schemes = security.Schemes();
        var declared = schemes.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var ops = new OperationMapper(ctx, new ParameterMapper(ctx), security, declared);
        MapComponents(ctx, doc);

        var documentServers = OperationMapper.ServerList(root["servers"], ImmutableArray<string>.Empty);
        var operations = new List<Operation>();
        if (root["paths"] is JsonObject rawPaths && doc.Paths is not null)
        {
            foreach (var (path, rawItem) in rawPaths)
            {
                if (path.StartsWith("x-", StringComparison.Ordinal) || !doc.Paths.TryGetValue(path, out var item))
                {
                    continue;
                }

                var template = PathTemplateParser.Parse(path, TemplateSyntax.OpenApi, ctx.Span(rawItem), diagnostics);
                if (template is null)
                {
                    continue;
                }

                var site = Site.At("#/paths", "").Child(path);
                operations.AddRange(ops.Map(item, rawItem, site, new OperationMapper.Target("", m => $"{m} {path}", template, documentServers)));
            }
        }

        if (root["webhooks"] is JsonObject rawHooks && doc.Webhooks is not null)
        {
            foreach (var (name, rawItem) in rawHooks)
            {
                if (!doc.Webhooks.TryGetValue(name, out var item))
                {
                    continue;
                }

                var template = new PathTemplate { Text = name, Syntax = TemplateSyntax.OpenApi, LeadingSlash = name.StartsWith('/') };
                var site = Site.At("#/webhooks", "").Child(name, Names.Pascal(name));
                operations.AddRange(ops.Map(item, rawItem, site, new OperationMapper.Target(WebhooksService, m => $"{m} {name}", template, ImmutableArray<string>.Empty)));
            }
        }

        return new ContractModel
        {
            Documents = [Document(ctx, doc, title)],
            Types = ctx.Types.OrderBy(x => x.Id, StringComparer.Ordinal).ToImmutableArray(),
            Services = Services(ctx, doc, operations, title),
            Servers = Servers(ctx, root),
            SecuritySchemes = schemes.Select(s => s with { Id = ctx.TypeId("#/components/securitySchemes/" + Loading.JsonPointer.Escape(s.Name)) })
                .OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray(),
            DefaultSecurity = security.Requirements(root, declared) ?? ImmutableArray<SecurityRequirement>.Empty,
        };
    }

    private static void MapComponents(MapContext ctx, OpenApiDocument doc)
    {
        if (doc.Components?.Schemas is not { Count: > 0 } schemas)
        {
            return;
        }

        var rawSchemas = SchemaMapper.Child(SchemaMapper.Child(ctx.Root, "components"), "schemas");
        foreach (var name in schemas.Keys)
        {
            ctx.ReserveName(name);
        }

        foreach (var (name, schema) in schemas)
        {
            var pointer = "#/components/schemas/" + Loading.JsonPointer.Escape(name);
            var typeName = ctx.OriginName(pointer) ?? name;
            ctx.AddType(ctx.Schemas.Define(ctx.TypeId(pointer), typeName, false, schema, SchemaMapper.Child(rawSchemas, name), Site.At(pointer, Names.Pascal(typeName))));
        }
    }

    private static SourceDocument Document(MapContext ctx, OpenApiDocument doc, string title) => new()
    {
        Id = ctx.DocumentId,
        Path = ctx.Loaded.Path,
        Format = ContractFormat.OpenApi,
        SpecVersion = ctx.Loaded.SpecVersion!,
        Title = title,
        ApiVersion = doc.Info?.Version,
        Docs = MapContext.Docs(doc.Info?.Summary, doc.Info?.Description),
        Extensions = MapContext.Extensions(ctx.Root),
        Span = ctx.Span(ctx.Root),
    };

    private static ImmutableArray<Service> Services(MapContext ctx, OpenApiDocument doc, List<Operation> operations, string title)
    {
        var tagNodes = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        if (ctx.Root["tags"] is JsonArray tags)
        {
            foreach (var tag in tags)
            {
                if (MapContext.Str(tag, "name") is { } n)
                {
                    tagNodes.TryAdd(n, tag!);
                }
            }
        }

        var seen = new Dictionary<string, Operation>(StringComparer.Ordinal);
        var fixedOps = new List<Operation>();
        foreach (var op in operations)
        {
            var o = op.ServiceId.Length == 0 ? op with { ServiceId = title } : op;
            if (!seen.TryAdd(o.Id, o))
            {
                var h = o.Http[0];
                ctx.Diagnostics.Error(DiagnosticCodes.DuplicateOperationId, $"operationId '{o.Id}' is used more than once", o.Span);
                o = o with { Id = $"{h.Method} {h.Path.Text}" };
            }

            fixedOps.Add(o);
        }

        return fixedOps.GroupBy(o => o.ServiceId, StringComparer.Ordinal)
            .Select(g =>
            {
                tagNodes.TryGetValue(g.Key, out var tagNode);
                return new Service
                {
                    Id = g.Key,
                    Name = g.Key,
                    Operations = g.OrderBy(o => o.Id, StringComparer.Ordinal).ToImmutableArray(),
                    Docs = MapContext.Docs(null, MapContext.Str(tagNode, "description")),
                    Extensions = MapContext.Extensions(tagNode),
                    Span = tagNode is null ? g.First().Span : ctx.Span(tagNode),
                };
            })
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    private static ImmutableArray<Server> Servers(MapContext ctx, JsonObject root)
    {
        if (root["servers"] is not JsonArray servers)
        {
            return ImmutableArray<Server>.Empty;
        }

        var result = ImmutableArray.CreateBuilder<Server>();
        foreach (var s in servers)
        {
            if (MapContext.Str(s, "url") is not { } url)
            {
                continue;
            }

            var vars = ImmutableArray.CreateBuilder<ServerVariable>();
            if (SchemaMapper.Child(s, "variables") is JsonObject rawVars)
            {
                foreach (var (name, v) in rawVars)
                {
                    var values = SchemaMapper.Child(v, "enum") is JsonArray e ? e.Select(JsonText.Plain).ToImmutableArray() : ImmutableArray<string>.Empty;
                    vars.Add(new ServerVariable(name, MapContext.Str(v, "default"), values, MapContext.Str(v, "description")));
                }
            }

            result.Add(new Server
            {
                Id = url,
                Name = MapContext.Str(s, "name") ?? url,
                Url = url,
                Variables = vars.ToImmutable(),
                Docs = MapContext.Docs(null, MapContext.Str(s, "description")),
                Extensions = MapContext.Extensions(s),
                Span = ctx.Span(s),
            });
        }

        return result.ToImmutable();
    }
}
