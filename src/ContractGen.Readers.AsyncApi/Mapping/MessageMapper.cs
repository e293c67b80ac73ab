using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Json;
using ContractGen.Readers.AsyncApi.Refs;
using ContractGen.Readers.AsyncApi.Schemas;

namespace ContractGen.Readers.AsyncApi.Mapping;

/// <summary>
/// Maps message objects (after traits) to model messages, once per message object. Ids: 2.x messageId, else the
/// component key (components/messages/X, or a top-level key of a shared file), else the channel's message key (3.x),
/// else a name synthesized from the operation; made unique deterministically.
/// </summary>
internal sealed class MessageMapper(ReadContext ctx)
{
    private readonly Dictionary<(string File, string Pointer), string> _byLocation = new();
    private readonly Dictionary<JsonNode, string> _byNode = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Message> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonNode> _explicitIds = new(StringComparer.Ordinal);

    public IEnumerable<Message> All => _messages.Values;

    /// <summary>The id of the message at <paramref name="loc"/>, mapping it on first use.</summary>
    public string Get(Located loc, string? key, string fallback)
    {
        if (loc.Node is null)
        {
            return fallback;
        }

        if (loc.Pointer is { } p && _byLocation.TryGetValue((loc.File.FullPath, p), out var known))
        {
            return known;
        }

        if (_byNode.TryGetValue(loc.Node, out known))
        {
            return known;
        }

        var o = loc.Object;
        var id = Unique(ChooseId(loc, o, key, fallback));
        if (loc.Pointer is { } ptr)
        {
            _byLocation[(loc.File.FullPath, ptr)] = id;
        }

        _byNode[loc.Node] = id;
        if (o is not null)
        {
            _messages[id] = Build(id, loc, o);
        }

        return id;
    }

    private string ChooseId(Located loc, JsonObject? o, string? key, string fallback)
    {
        if (!ctx.IsV3 && o.Str("messageId") is { } messageId)
        {
            if (_explicitIds.TryGetValue(messageId, out var other) && !ReferenceEquals(other, loc.Node))
            {
                ctx.Report.Error(Codes.DuplicateMessageId, $"messageId '{messageId}' is used by more than one message", ctx.Index.ValueSpan(o!, "messageId"));
            }

            _explicitIds[messageId] = loc.Node!;
            return messageId;
        }

        var tokens = Pointer.Tokens(loc.Pointer ?? "x") ?? [];
        if (tokens is ["components", "messages", var component])
        {
            return component;
        }

        if (!ReferenceEquals(loc.File, ctx.File) && tokens.Count == 1)
        {
            return tokens[0];
        }

        return key ?? fallback;
    }

    private string Unique(string wanted)
    {
        var id = wanted;
        for (var i = 2; _messages.ContainsKey(id) || _byNode.ContainsValue(id); i++)
        {
            id = wanted + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return id;
    }

    private Message Build(string id, Located loc, JsonObject original)
    {
        var o = Traits.Apply(original, ctx);
        var baseId = loc.Pointer is null ? ctx.Refs.IdOf(ctx.File, "/messages/" + Pointer.Escape(id)) : loc.Id(ctx.Refs);
        var pascal = TypeRegistry.Pascal(id);
        var payload = Payloads.Map(ctx, o, "payload", baseId + "/payload", pascal + "Payload", out var schemaFormat, out var payloadSchema);
        JsonNode? headersSchema = null;
        var headers = o.ContainsKey("headers") ? Payloads.Map(ctx, o, "headers", baseId + "/headers", pascal + "Headers", out _, out headersSchema) : null;
        Validation.ExampleChecker.Check(ctx, o, o.ContainsKey("payload") ? payloadSchema : null, headersSchema);
        CorrelationId? correlation = null;
        if (ctx.Deref(o["correlationId"])?.Object is { } cid && cid.Str("location") is { } location)
        {
            correlation = new CorrelationId(location, cid.Docs());
        }

        return new Message
        {
            Id = id,
            Name = o.Str("name") ?? id,
            Title = o.Str("title"),
            ContentType = o.Str("contentType") ?? ctx.DefaultContentType,
            Payload = o.ContainsKey("payload") ? payload : null,
            Headers = headers,
            SchemaFormat = schemaFormat,
            CorrelationId = correlation,
            Bindings = Bindings.Read(ctx, o["bindings"]),
            Docs = o.Docs(),
            Deprecated = o.Bool("deprecated"),
            Extensions = o.Extensions(),
            Span = ctx.Span(original),
        };
    }
}
