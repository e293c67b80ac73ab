using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ContractGen.Model;
using Microsoft.OpenApi;

namespace ContractGen.Readers.OpenApi.Mapping;

/// <summary>One path item's operations (paths, webhooks and callbacks share this).</summary>
internal sealed class OperationMapper(MapContext ctx, ParameterMapper parameters, SecurityMapper security, ISet<string> declaredSchemes)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"];

    /// <summary>Where the operations of a path item go and how they are named.</summary>
    public sealed record Target(string ServiceOverride, Func<string, string> DefaultId, PathTemplate Template, ImmutableArray<string> Servers);

    public IEnumerable<Operation> Map(IOpenApiPathItem? item, JsonNode? itemUseRaw, Site itemSite, Target target)
    {
        if (item is null)
        {
            yield break;
        }

        item = ctx.Refs.Of(item);
        var itemRaw = ctx.Deref(itemUseRaw);
        if (itemRaw is not JsonObject rawItem || item.Operations is null)
        {
            yield break;
        }

        var itemServers = ServerList(SchemaMapper.Child(itemRaw, "servers"), target.Servers);
        foreach (var method in Methods)
        {
            if (rawItem[method] is not JsonObject rawOp || !item.Operations.TryGetValue(new HttpMethod(method.ToUpperInvariant()), out var op))
            {
                continue;
            }

            var upper = method.ToUpperInvariant();
            var name = op.OperationId ?? Names.Operation(method, target.Template.Text);
            var id = op.OperationId ?? target.DefaultId(upper);
            var opSite = itemSite.Child(method, Names.Pascal(name));
            var tags = rawOp["tags"] is JsonArray rawTags ? rawTags.Select(t => t is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToImmutableArray() : ImmutableArray<string>.Empty;
            var binding = new HttpBinding
            {
                Method = upper,
                Path = target.Template,
                Parameters = parameters.Parameters(item.Parameters, itemRaw, op.Parameters, rawOp, opSite, Names.Pascal(name)),
                RequestBody = parameters.Body(op.RequestBody, rawOp["requestBody"], opSite, Names.Pascal(name)),
                Responses = parameters.Responses(op.Responses, rawOp, opSite, Names.Pascal(name)),
                Servers = ServerList(rawOp["servers"], itemServers),
                Span = ctx.Span(rawOp),
            };
            yield return new Operation
            {
                Id = id,
                Name = name,
                ServiceId = target.ServiceOverride.Length > 0 ? target.ServiceOverride : tags.FirstOrDefault() ?? "",
                Http = [binding],
                Security = security.Requirements(rawOp, declaredSchemes),
                Tags = tags,
                Callbacks = Callbacks(op, rawOp, opSite, id),
                Docs = MapContext.Docs(op.Summary, op.Description),
                Deprecated = op.Deprecated,
                Extensions = MapContext.Extensions(rawOp),
                Span = ctx.Span(rawOp),
            };
        }
    }

    private ImmutableArray<Callback> Callbacks(OpenApiOperation op, JsonObject rawOp, Site opSite, string opId)
    {
        if (op.Callbacks is not { Count: > 0 } callbacks)
        {
            return ImmutableArray<Callback>.Empty;
        }

        var result = ImmutableArray.CreateBuilder<Callback>();
        foreach (var (name, cbUse) in callbacks)
        {
            if (cbUse is null)
            {
                continue;
            }

            var callback = ctx.Refs.Of(cbUse);
            var useRaw = SchemaMapper.Child(rawOp["callbacks"], name);
            var cbRaw = ctx.Deref(useRaw);
            var refText = MapContext.RefOf(useRaw);
            var cbSite = refText is not null ? Site.At(refText, Names.Pascal(opId) + Names.Pascal(name)) : opSite.Child("callbacks").Child(name, opSite.Name + Names.Pascal(name));
            var ops = ImmutableArray.CreateBuilder<Operation>();
            foreach (var (expression, item) in callback.PathItems ?? new Dictionary<RuntimeExpression, IOpenApiPathItem>())
            {
                if (item is null)
                {
                    continue;
                }

                var expr = expression.Expression;
                var template = new PathTemplate { Text = expr, Syntax = TemplateSyntax.OpenApi, LeadingSlash = expr.StartsWith('/') };
                var cbTarget = new Target(opId, m => $"{m} {expr}", template, ImmutableArray<string>.Empty);
                ops.AddRange(Map(item, SchemaMapper.Child(cbRaw, expr), cbSite.Child(expr), cbTarget));
            }

            result.Add(new Callback(name, ops.ToImmutable()));
        }

        return result.ToImmutable();
    }

    /// <summary>The servers declared here (their URLs), else the inherited ones.</summary>
    public static ImmutableArray<string> ServerList(JsonNode? servers, ImmutableArray<string> inherited) =>
        servers is JsonArray { Count: > 0 } list
            ? list.Select(s => MapContext.Str(s, "url")).OfType<string>().ToImmutableArray()
            : inherited;
}
