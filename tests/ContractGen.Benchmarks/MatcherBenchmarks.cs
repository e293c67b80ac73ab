using BenchmarkDotNet.Attributes;
using ContractGen.Emit.Routing;
using ContractGen.Emit.Routing.Runtime;
using ContractGen.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContractGen.Benchmarks;

/// <summary>
/// The 203 GitHub routes, one request per route, every request resolving to its own route (checked in setup), and
/// one miss per route (<c>&lt;request&gt;/nope/x</c>, see <see cref="MissPath"/>, checked to be a 404 in both routers).
/// contractgen's C# matcher (the same runtime source the generated C# package carries) against ASP.NET Core's
/// routing (the UseRouting pipeline: EndpointRoutingMiddleware + DfaMatcher on pre-built DefaultHttpContexts).
/// Each benchmark invocation does all 203 lookups; OperationsPerInvoke makes the figures per lookup.
/// Run: <c>scripts/bench/matchers-csharp.sh</c> (or <c>... ContractGen.Benchmarks.dll matchers [--job short]</c>).
/// </summary>
[MemoryDiagnoser]
public class MatcherBenchmarks
{
    internal const int Lookups = 203;
    private IReadOnlyList<GithubRoutes.Route> _routes = [];
    private RouteMatcher _matcher = null!;
    private RequestDelegate _aspNet = null!;
    private DefaultHttpContext[] _contexts = [];
    private DefaultHttpContext[] _missContexts = [];
    private string[] _missPaths = [];
    private char[] _buffer = new char[256];

    [GlobalSetup]
    public void Setup()
    {
        _routes = GithubRoutes.Load();
        if (_routes.Count != Lookups)
        {
            throw new InvalidOperationException($"expected {Lookups} routes, found {_routes.Count}");
        }

        _matcher = BuildMatcher(_routes);
        _aspNet = BuildAspNet(_routes);
        _contexts = _routes.Select(r => Context(r.Method, r.RequestPath)).ToArray();
        _missPaths = _routes.Select(MissPath).ToArray();
        _missContexts = _routes.Select((r, i) => Context(r.Method, _missPaths[i])).ToArray();
        Verify();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    public int AspNetCoreRouting() => RunAspNet(_contexts);

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int AspNetCoreRoutingMiss() => Lookups - RunAspNet(_missContexts);

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int ContractGenMatcher()
    {
        var found = 0;
        var routes = _routes;
        for (var i = 0; i < routes.Count; i++)
        {
            if (_matcher.Match(routes[i].Method, routes[i].RequestPath).Status == 200)
            {
                found++;
            }
        }

        return found;
    }

    /// <summary>Hits, then every variable decoded into a caller buffer (what a gateway forwarding values does): no allocation.</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public int ContractGenMatcherDecodeInto()
    {
        var chars = 0;
        var routes = _routes;
        for (var i = 0; i < routes.Count; i++)
        {
            var variables = _matcher.Match(routes[i].Method, routes[i].RequestPath).Variables;
            for (var v = 0; v < variables.Count; v++)
            {
                variables.TryDecode(v, _buffer, out var written);
                chars += written;
            }
        }

        return chars;
    }

    /// <summary>Hits, then every variable as a new string (what ASP.NET Core's route values hold).</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public int ContractGenMatcherStrings()
    {
        var chars = 0;
        var routes = _routes;
        for (var i = 0; i < routes.Count; i++)
        {
            var variables = _matcher.Match(routes[i].Method, routes[i].RequestPath).Variables;
            for (var v = 0; v < variables.Count; v++)
            {
                chars += variables.Value(v).Length;
            }
        }

        return chars;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int ContractGenMatcherMiss()
    {
        var missed = 0;
        var routes = _routes;
        var paths = _missPaths;
        for (var i = 0; i < paths.Length; i++)
        {
            if (_matcher.Match(routes[i].Method, paths[i]).Status == 404)
            {
                missed++;
            }
        }

        return missed;
    }

    private int RunAspNet(DefaultHttpContext[] contexts)
    {
        var found = 0;
        foreach (var c in contexts)
        {
            c.SetEndpoint(null);
            _aspNet(c).GetAwaiter().GetResult();
            if (c.GetEndpoint() is not null)
            {
                found++;
            }
        }

        return found;
    }

    /// <summary><c>&lt;request&gt;/nope/x</c>, with more <c>/x</c> while that still reaches a route (<c>/user/starred/nope/x</c> does).</summary>
    private string MissPath(GithubRoutes.Route route)
    {
        var path = route.RequestPath + "/nope/x";
        while (_matcher.Match(route.Method, path).Status != 404)
        {
            path += "/x";
        }

        return path;
    }

    private static DefaultHttpContext Context(string method, string path)
    {
        var c = new DefaultHttpContext();
        c.Request.Method = method;
        c.Request.Path = path;
        return c;
    }

    internal static RouteMatcher BuildMatcher(IReadOnlyList<GithubRoutes.Route> routes)
    {
        var diagnostics = new DiagnosticBag();
        var sources = routes.Select(r => new RouteSource(r.OperationId, CompiledRoute.HttpKind, r.Method,
            PathTemplateParser.Parse(r.Template, TemplateSyntax.OpenApi, SourceSpan.None, diagnostics)!, SourceSpan.None)).ToList();
        var table = RouteCompiler.Compile(sources, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics.ToImmutableSorted()));
        }

        return new RouteMatcher(table.Routes.Select(r => new RouteDefinition(r.Id, r.Kind, r.Method, r.Tokens.ToArray(), r.Verb, r.Template)));
    }

    private static RequestDelegate BuildAspNet(IReadOnlyList<GithubRoutes.Route> routes)
    {
        var builder = WebApplication.CreateSlimBuilder(); // registers Kestrel as IServer; it is never started
        builder.Services.AddRouting();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseRouting();
        foreach (var r in routes)
        {
            app.MapMethods(r.Template, [r.Method], static () => Results.Ok()).WithName(r.OperationId);
        }

        // Terminal middleware: the benchmark measures matching (the endpoint is selected, not executed).
        ((IApplicationBuilder)app).Run(static _ => Task.CompletedTask);
        return ((IApplicationBuilder)app).Build();
    }

    private void Verify()
    {
        for (var i = 0; i < _routes.Count; i++)
        {
            var m = _matcher.Match(_routes[i].Method, _routes[i].RequestPath);
            if (m.Status != 200 || m.Id != _routes[i].OperationId)
            {
                throw new InvalidOperationException($"contractgen matched {_routes[i].Method} {_routes[i].RequestPath} to {m.Status} {m.Id}");
            }

            _contexts[i].SetEndpoint(null);
            _aspNet(_contexts[i]).GetAwaiter().GetResult();
            var name = _contexts[i].GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
            if (name != _routes[i].OperationId)
            {
                throw new InvalidOperationException($"ASP.NET Core matched {_routes[i].Method} {_routes[i].RequestPath} to {name}");
            }

            if (_matcher.Match(_routes[i].Method, _missPaths[i]).Status != 404)
            {
                throw new InvalidOperationException($"contractgen matched the miss {_missPaths[i]}");
            }
        }

        if (RunAspNet(_missContexts) != 0)
        {
            throw new InvalidOperationException("ASP.NET Core matched a miss");
        }
    }
}
