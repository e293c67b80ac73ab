using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Json;
using ContractGen.Readers.AsyncApi.Mapping;
using ContractGen.Readers.AsyncApi.Schemas;

namespace ContractGen.Readers.AsyncApi.V2;

/// <summary>
/// AsyncAPI 2.0–2.6: channels keyed by address, operations inside channels (<c>subscribe</c> → send,
/// <c>publish</c> → receive), messages with messageId, traits where the trait wins.
/// </summary>
internal sealed class V2Reader(ReadContext ctx)
{
    private readonly Dictionary<string, JsonNode> _explicitOperationIds = new(StringComparer.Ordinal);

    public void Read()
    {
        var root = ctx.Root;
        ctx.DefaultContentType = root.Str("defaultContentType");
        SecurityMapper.ReadComponents(ctx);
        ComponentReader.Schemas(ctx);
        ServerMapper.ReadAll(ctx);
        var channels = root.Obj("channels");
        foreach (var (address, node) in channels.Entries())
        {
            Channel(channels!, address, node);
        }

        ComponentReader.Messages(ctx);
    }

    private void Channel(JsonObject channels, string address, JsonNode? node)
    {
        var span = ctx.KeySpan(channels, address);
        if (ctx.Deref(node)?.Object is not { } o)
        {
            return;
        }

        var template = ChannelAddress.Parse(ctx, address, span);
        var parameters = o.Obj("parameters");
        ChannelAddress.CheckParameters(ctx, address, parameters, span);
        var servers = o.Arr("servers").Strings().ToImmutableArray();
        foreach (var server in servers)
        {
            if (ctx.Root.Obj("servers")?.ContainsKey(server) != true)
            {
                ctx.Report.Error(Codes.UnknownServer, $"channel '{address}' names server '{server}', which is not defined in servers", ctx.Span(o["servers"]));
            }
        }

        var messageIds = new List<string>();
        foreach (var action in new[] { "subscribe", "publish" })
        {
            if (o.Obj(action) is { } op)
            {
                messageIds.AddRange(Operation(address, action, op, ctx.KeySpan(o, action)));
            }
        }

        ctx.Channels.Add(new Channel
        {
            Id = address,
            Address = template,
            Parameters = ChannelAddress.Parameters(ctx, parameters, address),
            MessageIds = messageIds.Distinct().ToImmutableArray(),
            Servers = servers,
            Bindings = Bindings.Read(ctx, o["bindings"]),
            Docs = o.Docs(),
            Extensions = o.Extensions(),
            Span = span,
        });
    }

    private IEnumerable<string> Operation(string address, string action, JsonObject original, SourceSpan span)
    {
        var op = Traits.Apply(original, ctx);
        string id;
        if (op.Str("operationId") is { } explicitId)
        {
            if (_explicitOperationIds.ContainsKey(explicitId))
            {
                ctx.Report.Error(Codes.DuplicateOperationId, $"operationId '{explicitId}' is used by more than one operation", ctx.Index.ValueSpan(op, "operationId"));
            }

            _explicitOperationIds[explicitId] = original;
            id = ctx.UniqueOperationId(explicitId);
        }
        else
        {
            id = ctx.UniqueOperationId(action + TypeRegistry.Pascal(address));
        }

        var messages = new List<string>();
        var messageNode = ctx.Deref(op["message"]);
        if (messageNode?.Object is { } m && m.Arr("oneOf") is { } oneOf)
        {
            for (var i = 0; i < oneOf.Count; i++)
            {
                if (ctx.Deref(oneOf[i]) is { } loc)
                {
                    messages.Add(ctx.Messages.Get(loc, null, $"{id}Message{i + 1}"));
                }
            }
        }
        else if (messageNode is { Node: not null })
        {
            messages.Add(ctx.Messages.Get(messageNode, null, id + "Message"));
        }

        ctx.Operations.Add(new MessageOperation
        {
            Id = id,
            Name = id,
            Action = action == "subscribe" ? MessageAction.Send : MessageAction.Receive,
            ChannelId = address,
            MessageIds = messages.ToImmutableArray(),
            Security = SecurityMapper.Requirements(ctx, op, id),
            Bindings = Bindings.Read(ctx, op["bindings"]),
            Tags = op.TagNames(),
            Docs = op.Docs(),
            Deprecated = op.Bool("deprecated"),
            Extensions = op.Extensions(),
            Span = span,
        });
        return messages;
    }
}
