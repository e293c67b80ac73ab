using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Json;
using ContractGen.Readers.AsyncApi.Mapping;
using ContractGen.Readers.AsyncApi.Refs;

namespace ContractGen.Readers.AsyncApi.V3;

/// <summary>3.x root operations: channel must be a root channel, messages must belong to it, replies checked likewise.</summary>
internal sealed class V3Operations(ReadContext ctx, Dictionary<string, V3Reader.ChannelInfo> channels)
{
    public void Operation(JsonObject operations, string id, JsonNode? node)
    {
        var span = ctx.KeySpan(operations, id);
        if (ctx.Deref(node)?.Object is not { } original)
        {
            return;
        }

        var op = Traits.Apply(original, ctx);
        var action = op.Str("action") switch
        {
            "send" => MessageAction.Send,
            "receive" => (MessageAction?)MessageAction.Receive,
            _ => null,
        };
        var channel = ChannelOf(op, "channel", $"operation '{id}'");
        if (action is null || channel is null)
        {
            return;
        }

        ctx.OperationIds.Add(id);
        ctx.Operations.Add(new MessageOperation
        {
            Id = id,
            Name = id,
            Action = action.Value,
            ChannelId = channel.Id,
            MessageIds = MessagesOf(op, channel, $"operation '{id}'"),
            Reply = Reply(op, id),
            Security = SecurityMapper.Requirements(ctx, op, id),
            Bindings = Bindings.Read(ctx, op["bindings"]),
            Tags = op.TagNames(),
            Docs = new Docs(op.Str("summary") ?? op.Str("title"), op.Str("description")) is { IsEmpty: false } d ? d : Docs.Empty,
            Deprecated = op.Bool("deprecated"),
            Extensions = op.Extensions(),
            Span = span,
        });
    }

    /// <summary>The root channel a <c>channel: {$ref}</c> names, reporting refs outside #/channels.</summary>
    private V3Reader.ChannelInfo? ChannelOf(JsonObject owner, string key, string what)
    {
        if (!RefResolver.IsRef(owner[key], out var holder, out var text) || text is null)
        {
            return null;
        }

        var target = ctx.Refs.Follow(holder);
        if (target is null)
        {
            return null;
        }

        var found = channels.Values.FirstOrDefault(c => ReferenceEquals(c.Node, target.Node));
        if (!text.StartsWith("#/channels/", StringComparison.Ordinal) || found is null)
        {
            ctx.Report.Error(Codes.OperationChannelNotRoot, $"{what}: channel '{text}' must reference a channel under #/channels", ctx.Index.ValueSpan(holder, "$ref"));
        }

        return found;
    }

    /// <summary>Operation (or reply) messages: all of the channel's when absent, else each must be one of them.</summary>
    private ImmutableArray<string> MessagesOf(JsonObject owner, V3Reader.ChannelInfo channel, string what)
    {
        if (owner.Arr("messages") is not { } list)
        {
            return channel.Messages.Values.Select(m => m.Id).Distinct().ToImmutableArray();
        }

        var ids = new List<string>();
        foreach (var item in list)
        {
            if (!RefResolver.IsRef(item, out var holder, out var text) || ctx.Refs.Follow(holder) is not { } target)
            {
                continue;
            }

            var match = channel.Messages.Values.FirstOrDefault(m => ReferenceEquals(m.Loc.Node, target.Node));
            var inChannel = text is not null && text.StartsWith($"#/channels/{Pointer.Escape(channel.Id)}/messages/", StringComparison.Ordinal);
            if (match.Id is null || !inChannel)
            {
                ctx.Report.Error(Codes.OperationMessageNotInChannel,
                    $"{what}: message '{text}' is not one of the messages of channel '{channel.Id}' (reference it as #/channels/{channel.Id}/messages/<key>)",
                    ctx.Index.ValueSpan(holder, "$ref"));
            }

            ids.Add(match.Id ?? ctx.Messages.Get(target, null, Pointer.LastToken(text ?? "")));
        }

        return ids.Distinct().ToImmutableArray();
    }

    private OperationReply? Reply(JsonObject op, string id)
    {
        if (op["reply"] is null || ctx.Deref(op["reply"])?.Object is not { } reply)
        {
            return null;
        }

        var channel = reply.ContainsKey("channel") ? ChannelOf(reply, "channel", $"reply of operation '{id}'") : null;
        var address = ctx.Deref(reply["address"])?.Object;
        if (address is not null && channel?.Address is { } channelAddress)
        {
            ctx.Report.Error(Codes.ReplyAddressConflict,
                $"reply of operation '{id}' has an address, so its channel's address must be null (it is '{channelAddress}')", ctx.Span(reply["address"]));
        }

        return new OperationReply
        {
            ChannelId = channel?.Id,
            AddressLocation = address.Str("location"),
            MessageIds = channel is null ? ImmutableArray<string>.Empty : MessagesOf(reply, channel, $"reply of operation '{id}'"),
        };
    }
}
