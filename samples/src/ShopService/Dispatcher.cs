using Acme.Shop.Contracts;
using Microsoft.AspNetCore.Http.Features;

namespace Acme.Shop;

/// <summary>Handles one matched route; <paramref name="variables"/> are the path template's captures, decoded.</summary>
public delegate Task OperationHandler(HttpContext context, IReadOnlyDictionary<string, string> variables);

/// <summary>
/// Routes requests with the generated matcher: 404 and 405 (with <c>Allow</c>) come from the matcher, a match goes to
/// the handler registered under the route's id.
/// </summary>
public sealed class Dispatcher
{
    private readonly RouteMatcher _matcher;
    private readonly IReadOnlyDictionary<string, OperationHandler> _handlers;

    public Dispatcher(IReadOnlyList<RouteDefinition> table, RouteMatcher matcher, IReadOnlyDictionary<string, OperationHandler> handlers)
    {
        // Every HTTP operation of the contracts has a handler and every handler an operation, checked at startup:
        // an operation added to a contract without an implementation stops the service here, not at a request.
        var operations = table.Where(r => r.Kind == "http").Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var missing = operations.Where(id => !handlers.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var unknown = handlers.Keys.Where(id => !operations.Contains(id)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"handlers do not match the contracts: missing [{string.Join(", ", missing)}], unknown [{string.Join(", ", unknown)}]");
        }

        _matcher = matcher;
        _handlers = handlers;
    }

    public Task HandleAsync(HttpContext context)
    {
        // The matcher takes the path as the client sent it (percent-encoding intact); it decodes the captures itself.
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToUriComponent();
        var match = _matcher.Match(context.Request.Method, target);
        switch (match.Status)
        {
            case StatusCodes.Status200OK:
                return _handlers[match.Id!](context, match.Variables);
            case StatusCodes.Status405MethodNotAllowed:
                context.Response.Headers.Allow = string.Join(", ", match.Allow);
                return Problem.Write(context, StatusCodes.Status405MethodNotAllowed, "method not allowed");
            default:
                return Problem.Write(context, StatusCodes.Status404NotFound, "no such route");
        }
    }
}

/// <summary>Error bodies in the shape of the inventory API's <c>Problem</c> schema.</summary>
public static class Problem
{
    public static Task Write(HttpContext context, int status, string title, string? detail = null)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { title, status, detail });
    }
}
