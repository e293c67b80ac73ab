using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Json;
using ContractGen.Readers.AsyncApi.Mapping;
using ContractGen.Readers.AsyncApi.Refs;

namespace ContractGen.Readers.AsyncApi.V3;

/// <summary>
/// AsyncAPI 3.0/3.1: channels by id with an optional address and a message map, root operations with
/// action/channel/messages/reply, traits where the target wins.
/// </summary>
internal sealed class V3Reader(ReadContext ctx)
{
    /// <summary>Per root channel: its node and its messages (key → resolved location and model id).</summary>
    private readonly Dictionary<string, ChannelInfo> _channels = new(StringComparer.Ordinal);

    internal sealed record ChannelInfo(string Id, JsonObject Node, string? Address, Dictionary<string, (Located Loc, string Id)> Messages);

    public void Read()
    {
        var root = ctx.Root;
        ctx.DefaultContentType = root.Str("defaultContentType");
        SecurityMapper.ReadComponents(ctx);
        ComponentReader.Schemas(ctx);
        ServerMapper.ReadAll(ctx);
        var channels = root.Obj("channels");
        foreach (var (id, node) in channels.Entries())
        {
            Channel(channels!, id, node);
        }

        var operations = root.Obj("operations");
        var ops = new V3Operations(ctx, _channels);
        foreach (var (id, node) in operations.Entries())
        {
            ops.Operation(operations!, id, node);
        }

        ComponentReader.Messages(ctx);
    }

    private void Channel(JsonObject channels, string id, JsonNode? node)
    {
        var span = ctx.KeySpan(channels, id);
        if (ctx.Deref(node)?.Object is not { } o)
        {
            return;
        }

        var address = o.Str("address");
        var addressSpan = o.ContainsKey("address") ? ctx.Index.ValueSpan(o, "address") : span;
        var template = address is null ? null : ChannelAddress.Parse(ctx, address, addressSpan);
        var parameters = o.Obj("parameters");
        ChannelAddress.CheckParameters(ctx, address, parameters, addressSpan);
        var messages = new Dictionary<string, (Located, string)>(StringComparer.Ordinal);
        foreach (var (key, m) in o.Obj("messages").Entries())
        {
            if (ctx.Deref(m) is { Node: not null } loc)
            {
                messages[key] = (loc, ctx.Messages.Get(loc, key, key));
            }
        }

        _channels[id] = new ChannelInfo(id, o, address, messages);
        ctx.Channels.Add(new Channel
        {
            Id = id,
            Address = template,
            Title = o.Str("title"),
            Parameters = ChannelAddress.Parameters(ctx, parameters, id),
            MessageIds = messages.Values.Select(v => v.Item2).Distinct().ToImmutableArray(),
            Servers = Servers(o, id),
            Bindings = Bindings.Read(ctx, o["bindings"]),
            Docs = o.Docs(),
            Extensions = o.Extensions(),
            Span = span,
        });
    }

    /// <summary>Channel servers are $refs that must point into the root servers.</summary>
    private ImmutableArray<string> Servers(JsonObject channel, string channelId)
    {
        var names = new List<string>();
        foreach (var item in channel.Arr("servers") ?? [])
        {
            if (!RefResolver.IsRef(item, out var holder, out var text) || text is null)
            {
                continue;
            }

            if (text.StartsWith("#/servers/", StringComparison.Ordinal) && ctx.Refs.Follow(holder) is not null)
            {
                names.Add(Pointer.LastToken(text[1..]));
            }
            else if (ctx.Refs.Follow(holder) is not null)
            {
                ctx.Report.Error(Codes.ChannelServerNotRoot, $"channel '{channelId}' server '{text}' must reference a server under #/servers", ctx.Index.ValueSpan(holder, "$ref"));
            }
        }

        return names.ToImmutableArray();
    }
}
