using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>
/// AsyncAPI: channels, messages, operations and servers by id. Message payloads and headers are walked once each,
/// with the direction taken from every operation (either side) that carries the message.
/// </summary>
internal sealed partial class Pairing
{
    public void Messaging()
    {
        foreach (var (p, c) in ByKey(Prev.Model.Channels, Curr.Model.Channels, x => x.Id))
        {
            _dispatch(new ChannelPair(ElementScope(p, c, "channel "), p, c));
            if (p is not null && c is not null)
            {
                foreach (var (pp, cp) in ChannelParameters.Pair(p, c))
                {
                    if (pp is not null && cp is not null)
                    {
                        Walker.Walk(ElementScope(p, c, "channel ") with { Path = "channel " + c.Id + " parameter " + cp.Name }, pp.Type, cp.Type, Direction.Both, cp.Span.IsKnown ? cp.Span : c.Span);
                    }
                }
            }
        }

        foreach (var (p, c) in ByKey(Prev.Model.MessageOperations, Curr.Model.MessageOperations, x => x.Id))
        {
            _dispatch(new MessageOperationPair(ElementScope(p, c, "operation "), p, c));
        }

        var directions = MessageDirections();
        foreach (var (p, c) in ByKey(Prev.Model.Messages, Curr.Model.Messages, x => x.Id))
        {
            var scope = ElementScope(p, c, "message ");
            _dispatch(new MessagePair(scope, p, c));
            if (p is not null && c is not null)
            {
                var direction = directions.GetValueOrDefault(c.Id, Direction.Both);
                Walker.Walk(scope with { Path = scope.Path + " payload" }, p.Payload, c.Payload, direction, c.Span);
                Walker.Walk(scope with { Path = scope.Path + " headers" }, p.Headers, c.Headers, direction, c.Span);
            }
        }

        foreach (var (p, c) in ByKey(Prev.Model.Servers, Curr.Model.Servers, x => x.Id))
        {
            _dispatch(new ServerPair(ElementScope(p, c, "server "), p, c));
        }
    }

    private PairScope ElementScope(Element? previous, Element? current, string prefix) =>
        ScopeFor(previous, current, prefix + (current ?? previous)!.Id).Enter("", previous, current) with { Path = prefix + (current ?? previous)!.Id };

    /// <summary>Send → the app promises the message (Response); receive → it accepts it (Request); replies the other way round.</summary>
    private Dictionary<string, Direction> MessageDirections()
    {
        var result = new Dictionary<string, Direction>(StringComparer.Ordinal);
        void Add(IEnumerable<string> ids, Direction d)
        {
            foreach (var id in ids)
            {
                result[id] = result.GetValueOrDefault(id) | d;
            }
        }

        foreach (var op in Prev.Model.MessageOperations.Concat(Curr.Model.MessageOperations))
        {
            var own = op.Action == MessageAction.Send ? Direction.Response : Direction.Request;
            Add(op.MessageIds, own);
            if (op.Reply is { } reply)
            {
                Add(reply.MessageIds, own == Direction.Response ? Direction.Request : Direction.Response);
            }
        }

        return result;
    }
}
