using System.Collections.Immutable;
using ContractGen.Emit.Routing;
using ContractGen.Emit.Routing.Runtime;
using ContractGen.Model;

namespace ContractGen.Emit.Tests.Routing;

public class RoutingCompilerTests
{
    private static PathTemplate Parse(string text, TemplateSyntax syntax = TemplateSyntax.HttpRule) =>
        PathTemplateParser.Parse(text, syntax, SourceSpan.None, new DiagnosticBag()) ?? throw new InvalidOperationException(text);

    private static ContractModel Model() => new()
    {
        Services =
        [
            new Service
            {
                Id = "acme.v1.Library", Name = "Library",
                Operations =
                [
                    new Operation
                    {
                        Id = "acme.v1.Library.GetBook", Name = "GetBook", ServiceId = "acme.v1.Library",
                        Span = new SourceSpan("library.proto", 12, 3),
                        Http =
                        [
                            new HttpBinding { Method = "GET", Path = Parse("/v1/{name=shelves/*/books/*}") },
                            new HttpBinding { Method = "GET", Path = Parse("/v1/books/{name}"), IsAdditional = true, Span = new SourceSpan("library.proto", 14, 7) },
                        ],
                    },
                    new Operation
                    {
                        Id = "acme.v1.Library.ArchiveBook", Name = "ArchiveBook", ServiceId = "acme.v1.Library",
                        Http = [new HttpBinding { Method = "post", Path = Parse("/v1/{name=shelves/*/books/*}:archive") }],
                    },
                ],
            },
        ],
        Channels =
        [
            new Channel { Id = "orderPlaced", Address = Parse("stores/{storeId}/orders/placed", TemplateSyntax.AsyncApi) },
            new Channel { Id = "replies" },
        ],
    };

    [Fact]
    public void Compiles_every_binding_and_channel_address_sorted()
    {
        var bag = new DiagnosticBag();
        var table = RouteCompiler.Compile(Model(), bag);
        Assert.Equal(0, bag.Count);
        Assert.Equal(1, table.FormatVersion);
        Assert.Equal(
            new[]
            {
                "channel orderPlaced - stores/{storeId}/orders/placed [L:stores V:storeId S E L:orders L:placed]",
                "http acme.v1.Library.GetBook GET /v1/books/{name} [L:v1 L:books V:name S E]",
                "http acme.v1.Library.GetBook GET /v1/{name=shelves/*/books/*} [L:v1 V:name L:shelves S L:books S E]",
                "http acme.v1.Library.ArchiveBook POST /v1/{name=shelves/*/books/*}:archive [L:v1 V:name L:shelves S L:books S E] verb=archive",
            },
            table.Routes.Select(r => $"{r.Kind} {r.Id} {r.Method ?? "-"} {r.Template} [{string.Join(" ", r.Tokens)}]" + (r.Verb is null ? "" : $" verb={r.Verb}")));
        Assert.Equal(new SourceSpan("library.proto", 12, 3), table.Routes[2].Span);
        Assert.Equal(new SourceSpan("library.proto", 14, 7), table.Routes[1].Span);
    }

    [Fact]
    public void Json_form_round_trips_and_is_stable()
    {
        var table = RouteCompiler.Compile(Model(), new DiagnosticBag());
        var json = CompiledRouteTableJson.ToJson(table);
        Assert.StartsWith("{\"formatVersion\":1,\"routes\":[{\"id\":\"orderPlaced\",\"kind\":\"channel\",\"method\":null,\"tokens\":[\"L:stores\"", json);
        var back = CompiledRouteTableJson.FromJson(json);
        Assert.Equal(json, CompiledRouteTableJson.ToJson(back));
    }

    [Fact]
    public void Declaration_order_does_not_change_the_table_or_the_winner()
    {
        var sources = new[]
        {
            new RouteSource("ById", "http", "GET", Parse("/x/{id}"), SourceSpan.None),
            new RouteSource("Search", "http", "GET", Parse("/x/search"), SourceSpan.None),
            new RouteSource("All", "http", "GET", Parse("/x/{rest=**}"), SourceSpan.None),
        };
        var a = RouteCompiler.Compile(sources, new DiagnosticBag());
        var b = RouteCompiler.Compile(sources.Reverse(), new DiagnosticBag());
        Assert.Equal(CompiledRouteTableJson.ToJson(a), CompiledRouteTableJson.ToJson(b));
        var matcher = RoutingVectors.Matcher(b);
        Assert.Equal("Search", matcher.Match("GET", "/x/search").Id);
        Assert.Equal("ById", matcher.Match("GET", "/x/7").Id);
        Assert.Equal("All", matcher.Match("GET", "/x/7/8").Id);
    }

    [Fact]
    public void Duplicate_is_reported_on_the_later_route_with_both_locations()
    {
        var bag = new DiagnosticBag();
        RouteCompiler.Compile(
            [
                new RouteSource("B", "http", "GET", Parse("/v1/{id}"), new SourceSpan("b.proto", 9, 5)),
                new RouteSource("A", "http", "GET", Parse("/v1/{name}"), new SourceSpan("a.proto", 3, 5)),
            ], bag);
        var d = Assert.Single(bag.ToImmutableSorted());
        Assert.Equal(
            "a.proto:3:5: error CG4401: duplicate route: GET /v1/{name} (http A) matches exactly the same requests as GET /v1/{id} (http B) declared at b.proto:9:5",
            d.ToString());
    }

    [Fact]
    public void Different_methods_or_verbs_are_not_duplicates()
    {
        var bag = new DiagnosticBag();
        RouteCompiler.Compile(
            [
                new RouteSource("A", "http", "GET", Parse("/v1/{id}"), SourceSpan.None),
                new RouteSource("B", "http", "*", Parse("/v1/{id}"), SourceSpan.None),
                new RouteSource("C", "http", "GET", Parse("/v1/{id}:x"), SourceSpan.None),
            ], bag);
        Assert.Equal(0, bag.Count);
    }

    [Fact]
    public void Templates_not_from_the_parser_are_checked_for_twice_bound_variables_and_unsupported_shapes()
    {
        var twice = new PathTemplate
        {
            Text = "/{a}/{a}", Syntax = TemplateSyntax.HttpRule,
            Segments = [new VariableSegment(new TemplateVariable("a")), new VariableSegment(new TemplateVariable("a"))],
        };
        var afterMulti = new PathTemplate
        {
            Text = "/**/*", Syntax = TemplateSyntax.HttpRule, Segments = [new WildcardSegment(true), new WildcardSegment(false)],
        };
        var channelWildcard = new PathTemplate
        {
            Text = "a/*", Syntax = TemplateSyntax.AsyncApi, LeadingSlash = false, Segments = [new LiteralSegment("a"), new WildcardSegment(false)],
        };
        var bag = new DiagnosticBag();
        var table = RouteCompiler.Compile(
            [
                new RouteSource("T", "http", "GET", twice, SourceSpan.None),
                new RouteSource("M", "http", "GET", afterMulti, SourceSpan.None),
                new RouteSource("C", "channel", null, channelWildcard, SourceSpan.None),
            ], bag);
        Assert.Equal(new[] { "CG4403", "CG4404", "CG4404" }, bag.ToImmutableSorted().Select(d => d.Code).Order());
        Assert.Empty(table.Routes);
    }

    [Fact]
    public void Http_literals_are_canonical_percent_encoded()
    {
        var tokens = RouteTokens.From(Parse("/caf\u00e9/a%2fb/{x}.j\u00e9", TemplateSyntax.OpenApi), http: true);
        Assert.Equal(ImmutableArray.Create("L:caf%C3%A9", "L:a%2Fb", "C:{x}.j%C3%A9"), tokens);
    }

    [Fact]
    public void A_miss_allocates_nothing()
    {
        var matcher = RoutingVectors.Matcher(RouteCompiler.Compile(Model(), new DiagnosticBag()));
        matcher.Match("GET", "/v1/shelves/s1/nope/b2");
        matcher.Match("stores/1/orders/nope");
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            matcher.Match("GET", "/v1/shelves/s1/nope/b2:archive?x=1");
            matcher.Match("GET", "/v2/%C3%A9");
            matcher.Match("stores/1/orders/nope");
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_hit_returns_the_template_and_decoded_variables()
    {
        var matcher = RoutingVectors.Matcher(RouteCompiler.Compile(Model(), new DiagnosticBag()));
        var m = matcher.Match("POST", "/v1/shelves/s%201/books/b2:archive");
        Assert.Equal((200, "acme.v1.Library.ArchiveBook", "/v1/{name=shelves/*/books/*}:archive"), (m.Status, m.Id, m.Template));
        Assert.Equal("shelves/s 1/books/b2", m.Variables["name"]);
        Assert.Null(matcher.Build("acme.v1.Library.GetBook", new Dictionary<string, string> { ["name"] = "\ud800" }));
    }
}
