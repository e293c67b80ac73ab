namespace ContractGen.Model.Printing;

internal static class OperationPrinter
{
    public static void Print(Operation o, LineWriter w)
    {
        w.Line(o, $"operation {o.Id} name={o.Name} service={o.ServiceId} in={TextFormat.Type(o.Input)} out={TextFormat.Type(o.Output)}" +
                  (o.Streaming == StreamingKind.Unary ? "" : $" streaming={o.Streaming}") +
                  (o.IdempotencyLevel is null ? "" : $" idempotency={o.IdempotencyLevel}") +
                  (o.Tags.IsDefaultOrEmpty ? "" : " tags=[" + string.Join(",", o.Tags) + "]") +
                  new ImmutableArrayOrNull(o.Security).Text);
        foreach (var h in o.Http)
        {
            var key = $"{o.Id} {h.Method} {h.Path.Text}";
            w.Raw($"http {key}" + (h.BodyField is null ? "" : $" body={h.BodyField}") +
                  (h.ResponseBodyField is null ? "" : $" response_body={h.ResponseBodyField}") +
                  (h.IsAdditional ? " additional" : "") +
                  (h.Path.Verb is null ? "" : $" verb={h.Path.Verb}") +
                  (h.Servers.IsDefaultOrEmpty ? "" : " servers=[" + string.Join(",", h.Servers) + "]"), h.Span);
            foreach (var p in h.Parameters)
            {
                w.Raw($"param {key} {p.In.ToString().ToLowerInvariant()} {p.Name} type={TextFormat.Type(p.Type)}" +
                      (p.Required ? " required" : "") + (p.Style is null ? "" : $" style={p.Style}") +
                      (p.Explode is { } e ? $" explode={e.ToString().ToLowerInvariant()}" : "") +
                      (p.AllowReserved ? " allow-reserved" : "") + (p.Deprecated ? " deprecated" : "") +
                      (p.FieldPath is null ? "" : $" field={p.FieldPath}") +
                      (p.ContentMediaType is null ? "" : $" content={p.ContentMediaType}") + w.Docs(p.Docs), p.Span);
            }

            if (h.RequestBody is { } rb)
            {
                w.Raw($"request-body {key}" + (rb.Required ? " required" : "") +
                      " content=[" + string.Join(",", rb.Content.Select(c => $"{c.MediaType}:{TextFormat.Type(c.Schema)}")) + "]" + w.Docs(rb.Docs), rb.Span);
            }

            foreach (var r in h.Responses)
            {
                w.Raw($"response {key} {r.Status}" +
                      " content=[" + string.Join(",", r.Content.Select(c => $"{c.MediaType}:{TextFormat.Type(c.Schema)}")) + "]" +
                      (r.Headers.IsDefaultOrEmpty ? "" : " headers=[" + string.Join(",", r.Headers.Select(hd => $"{hd.Name}:{TextFormat.Type(hd.Type)}{(hd.Required ? "!" : "")}")) + "]") +
                      w.Docs(r.Docs), r.Span);
            }
        }

        foreach (var cb in o.Callbacks)
        {
            foreach (var co in cb.Operations)
            {
                foreach (var h in co.Http)
                {
                    w.Raw($"callback {o.Id} {cb.Name} {co.Id} {h.Method} {h.Path.Text}", h.Span);
                }
            }
        }
    }
}
