using System.Text;
using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>Services by id; operations by id (across services, so re-tagging is not a removal); HTTP bindings, parameters, bodies and responses.</summary>
internal sealed partial class Pairing
{
    public void Services()
    {
        foreach (var (p, c) in ByKey(Prev.Model.Services, Curr.Model.Services, s => s.Id))
        {
            _dispatch(new ServicePair(ScopeFor(p, c, (c ?? p)!.Id).Enter("", p, c) with { Path = (c ?? p)!.Id }, p, c));
        }

        var prevServices = Prev.Model.Services.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var currServices = Curr.Model.Services.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var (p, c) in ByKey(Prev.Model.Operations, Curr.Model.Operations, o => o.Id))
        {
            var scope = ScopeFor(p, c, (c ?? p)!.Id);
            scope = scope.Enter("", p is null ? null : prevServices.GetValueOrDefault(p.ServiceId), c is null ? null : currServices.GetValueOrDefault(c.ServiceId))
                .Enter("", p, c) with { Path = (c ?? p)!.Id };
            _dispatch(new OperationPair(scope, p, c));
            if (p is not null && c is not null)
            {
                Bindings(scope, p, c);
            }
        }
    }

    private void Bindings(PairScope scope, Operation previous, Operation current)
    {
        var pairs = new List<(HttpBinding? P, HttpBinding? C)>();
        var pPrimary = previous.Http.FirstOrDefault(b => !b.IsAdditional);
        var cPrimary = current.Http.FirstOrDefault(b => !b.IsAdditional);
        if (pPrimary is not null || cPrimary is not null)
        {
            pairs.Add((pPrimary, cPrimary));
        }

        var pAdditional = previous.Http.Where(b => b.IsAdditional).ToList();
        var cAdditional = current.Http.Where(b => b.IsAdditional).ToList();
        foreach (var (p, c) in ByKey(pAdditional, cAdditional, RouteKey))
        {
            pairs.Add((p, c));
        }

        foreach (var (p, c) in pairs)
        {
            var b = (c ?? p)!;
            var pair = new HttpBindingPair(scope.Enter(" " + b.Method + " " + b.Path.Text, null, null) with { Path = scope.Path + " (" + b.Method + " " + b.Path.Text + ")" }, previous, current, p, c);
            _dispatch(pair);
            if (p is not null && c is not null && scope.Format == FormatSet.OpenApi)
            {
                BindingContents(pair, p, c, IsWebhook(current, c));
            }
        }
    }

    /// <summary>Method and path with variable names left out, so renaming a path variable keeps the pairing.</summary>
    internal static string RouteKey(HttpBinding binding)
    {
        var sb = new StringBuilder(binding.Method).Append(' ');
        var text = binding.Path.Text;
        var depth = 0;
        foreach (var ch in text)
        {
            if (ch == '{' && depth++ == 0)
            {
                sb.Append("{}");
            }
            else if (ch == '}')
            {
                depth--;
            }
            else if (depth == 0)
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// An OpenAPI 3.1 webhook: the reader puts webhooks in the service "webhooks" with the webhook name as the binding
    /// path (never a '/…' URL template). The API sends the request and receives the response, so directions flip.
    /// </summary>
    internal static bool IsWebhook(Operation operation, HttpBinding binding) =>
        operation.ServiceId == "webhooks" && !binding.Path.Text.StartsWith('/');

    private void BindingContents(HttpBindingPair binding, HttpBinding previous, HttpBinding current, bool webhook)
    {
        var scope = binding.Scope;
        var sent = webhook ? Direction.Response : Direction.Request;
        var received = webhook ? Direction.Request : Direction.Response;
        foreach (var (p, c) in Parameters(previous, current))
        {
            var x = (c ?? p)!;
            var paramScope = scope with { Path = scope.Path + " parameter " + x.In.ToString().ToLowerInvariant() + " " + x.Name };
            _dispatch(new ParameterPair(paramScope, binding, p, c));
            if (p is not null && c is not null)
            {
                Walker.Walk(paramScope, p.Type, c.Type, sent, HttpBindingPair.Located(c.Span, binding.DefaultLocation));
            }
        }

        if (previous.RequestBody is not null || current.RequestBody is not null)
        {
            var bodyScope = scope with { Path = scope.Path + " request" };
            _dispatch(new RequestBodyPair(bodyScope, binding, previous.RequestBody, current.RequestBody));
            if (previous.RequestBody is { } pb && current.RequestBody is { } cb)
            {
                Contents(bodyScope, pb.Content, cb.Content, sent, HttpBindingPair.Located(cb.Span, binding.DefaultLocation));
            }
        }

        foreach (var (p, c) in ByKey(previous.Responses, current.Responses, r => r.Status))
        {
            var responseScope = scope with { Path = scope.Path + " response " + (c ?? p)!.Status };
            _dispatch(new ResponsePair(responseScope, binding, p, c));
            if (p is not null && c is not null)
            {
                var at = HttpBindingPair.Located(c.Span, binding.DefaultLocation);
                Contents(responseScope, p.Content, c.Content, received, at);
                foreach (var (ph, ch) in ByKey(p.Headers, c.Headers, h => h.Name.ToLowerInvariant()))
                {
                    if (ph is not null && ch is not null)
                    {
                        Walker.Walk(responseScope with { Path = responseScope.Path + " header " + ch.Name }, ph.Type, ch.Type, received, HttpBindingPair.Located(ch.Span, at));
                    }
                }
            }
        }
    }

    private void Contents(PairScope scope, IReadOnlyList<MediaContent> previous, IReadOnlyList<MediaContent> current, Direction direction, SourceSpan at)
    {
        foreach (var (p, c) in ByKey(previous, current, m => m.MediaType))
        {
            if (p?.Schema is not null && c?.Schema is not null)
            {
                Walker.Walk(scope with { Path = scope.Path + " " + c.MediaType }, p.Schema, c.Schema, direction, at);
            }
        }
    }

    /// <summary>By location and name; then leftovers with the same name (moved); then leftover path parameters by position.</summary>
    private static List<(HttpParameter? P, HttpParameter? C)> Parameters(HttpBinding previous, HttpBinding current)
    {
        var result = new List<(HttpParameter?, HttpParameter?)>();
        var p = previous.Parameters.ToList();
        var c = current.Parameters.ToList();
        void Take(Func<HttpParameter, HttpParameter, bool> same)
        {
            foreach (var cp in c.ToList())
            {
                var pp = p.FirstOrDefault(x => same(x, cp));
                if (pp is not null)
                {
                    result.Add((pp, cp));
                    p.Remove(pp);
                    c.Remove(cp);
                }
            }
        }

        Take((a, b) => a.In == b.In && string.Equals(a.Name, b.Name, a.In == ParameterLocation.Header ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
        Take((a, b) => a.Name == b.Name);
        var pPath = p.Where(x => x.In == ParameterLocation.Path).ToList();
        var cPath = c.Where(x => x.In == ParameterLocation.Path).ToList();
        var pNames = previous.Path.Variables.Select(v => v.FieldPath).ToList();
        var cNames = current.Path.Variables.Select(v => v.FieldPath).ToList();
        foreach (var cp in cPath)
        {
            var index = cNames.IndexOf(cp.Name);
            var pp = index >= 0 && index < pNames.Count ? pPath.FirstOrDefault(x => x.Name == pNames[index]) : null;
            if (pp is not null)
            {
                result.Add((pp, cp));
                p.Remove(pp);
                c.Remove(cp);
            }
        }

        result.AddRange(p.Select(x => ((HttpParameter?)x, (HttpParameter?)null)));
        result.AddRange(c.Select(x => ((HttpParameter?)null, (HttpParameter?)x)));
        return result;
    }
}
