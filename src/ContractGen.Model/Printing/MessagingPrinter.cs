namespace ContractGen.Model.Printing;

internal static class MessagingPrinter
{
    public static void Print(ContractModel model, LineWriter w)
    {
        foreach (var c in model.Channels)
        {
            w.Line(c, $"channel {c.Id} address={(c.Address is null ? "null" : TextFormat.Quote(c.Address.Text))}" +
                      w.Opt("title", c.Title) +
                      " messages=[" + string.Join(",", c.MessageIds) + "]" +
                      (c.Servers.IsDefaultOrEmpty ? "" : " servers=[" + string.Join(",", c.Servers) + "]") +
                      Bindings(c.Bindings));
            foreach (var p in c.Parameters)
            {
                w.Raw($"channel-param {c.Id}.{p.Name} type={TextFormat.Type(p.Type)}" + w.Opt("location", p.Location) + w.Docs(p.Docs), p.Span);
            }
        }

        foreach (var m in model.Messages)
        {
            w.Line(m, $"message {m.Id} name={m.Name}" + w.Opt("title", m.Title) + w.Opt("contentType", m.ContentType) +
                      $" payload={TextFormat.Type(m.Payload)} headers={TextFormat.Type(m.Headers)}" +
                      w.Opt("schemaFormat", m.SchemaFormat) +
                      (m.CorrelationId is { } cid ? $" correlationId={cid.Location}" : "") + Bindings(m.Bindings));
        }

        foreach (var o in model.MessageOperations)
        {
            w.Line(o, $"message-operation {o.Id} name={o.Name} action={o.Action.ToString().ToLowerInvariant()} channel={o.ChannelId}" +
                      " messages=[" + string.Join(",", o.MessageIds) + "]" +
                      (o.Reply is { } r
                          ? " reply={" + (r.ChannelId is null ? "" : $"channel={r.ChannelId}") + (r.AddressLocation is null ? "" : $" address={r.AddressLocation}") +
                            " messages=[" + string.Join(",", r.MessageIds) + "]}"
                          : "") +
                      (o.Tags.IsDefaultOrEmpty ? "" : " tags=[" + string.Join(",", o.Tags) + "]") +
                      new ImmutableArrayOrNull(o.Security).Text + Bindings(o.Bindings));
        }

        foreach (var s in model.Servers)
        {
            w.Line(s, $"server {s.Id} url={TextFormat.Quote(s.Url)}" + w.Opt("protocol", s.Protocol) + w.Opt("protocolVersion", s.ProtocolVersion) +
                      string.Concat(s.Variables.Select(v => $" var:{v.Name}={TextFormat.Quote(v.Default)}" + (v.Enum.IsDefaultOrEmpty ? "" : "[" + string.Join(",", v.Enum) + "]"))) +
                      new ImmutableArrayOrNull(s.Security).Text + Bindings(s.Bindings));
        }
    }

    private static string Bindings(System.Collections.Immutable.ImmutableSortedDictionary<string, string> b) =>
        b.Count == 0 ? "" : " bindings={" + string.Join(",", b.Select(kv => $"{kv.Key}:{kv.Value}")) + "}";
}
