using ContractGen.Emit.Routing;
using ContractGen.Emit.Routing.Runtime;
using ContractGen.Model;

namespace ContractGen.Emit.Tests.Routing;

/// <summary>The result API of the C# runtime: variables as ranges of the path, decoding on demand, Allow, no allocation.</summary>
public class RouteMatchTests
{
    private static RouteMatcher Matcher(params (string Id, string Method, string Template)[] routes)
    {
        var bag = new DiagnosticBag();
        var sources = routes.Select(r => new RouteSource(r.Id, CompiledRoute.HttpKind, r.Method,
            PathTemplateParser.Parse(r.Template, TemplateSyntax.HttpRule, SourceSpan.None, bag)!, SourceSpan.None)).ToList();
        var table = RouteCompiler.Compile(sources, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToImmutableSorted()));
        return RoutingVectors.Matcher(table);
    }

    private static RouteMatcher Library() => Matcher(
        ("GetBook", "GET", "/v1/{name=shelves/*/books/*}"),
        ("DeleteBook", "DELETE", "/v1/{name=shelves/*/books/*}"),
        ("GetShelf", "GET", "/v1/shelves/{shelf}"),
        ("PatchShelf", "PATCH", "/v1/shelves/{shelf}"),
        ("Blob", "GET", "/v1/blobs/{path=**}"));

    [Fact]
    public void A_hit_exposes_the_route_and_raw_ranges_of_the_path()
    {
        var matcher = Library();
        var m = matcher.Match("GET", "/v1/shelves/s%201/books/b2?view=full");
        Assert.True(m.IsMatch);
        Assert.Equal((200, "GetBook", "/v1/{name=shelves/*/books/*}", "GET"), (m.Status, m.Id, m.Template, m.Route!.Method));
        Assert.True(m.RouteIndex >= 0);
        var v = m.Variables;
        Assert.Single(v);
        Assert.Equal("name", v.Name(0));
        Assert.Equal("shelves/s%201/books/b2", v.Raw(0).ToString());
        Assert.True(v.NeedsDecoding(0));
        Assert.Equal("shelves/s 1/books/b2", v.Value(0));
        Assert.Equal("shelves/s 1/books/b2", v["name"]);
        Assert.Equal(0, v.IndexOf("name"));
        Assert.Equal(-1, v.IndexOf("nam"));
        Assert.False(v.TryGetValue("other", out _));
        Assert.Throws<KeyNotFoundException>(() => v["other"]);
        Assert.Equal(new Dictionary<string, string> { ["name"] = "shelves/s 1/books/b2" }, v.ToDictionary());
        Assert.Equal([new KeyValuePair<string, string>("name", "shelves/s 1/books/b2")], v.ToList());
        Assert.Empty(m.Allow);
    }

    [Fact]
    public void Values_decode_into_a_caller_buffer_and_refuse_one_too_small()
    {
        var m = Library().Match("GET", "/v1/blobs/caf%C3%A9/a%2Fb");
        var v = m.Variables;
        Assert.Equal("caf%C3%A9/a%2Fb", v.Raw(0).ToString());
        Span<char> buffer = stackalloc char[32];
        Assert.True(v.TryDecode(0, buffer, out var n));
        Assert.Equal("café/a%2Fb", buffer[..n].ToString());
        Assert.True(v.TryDecode(0, buffer[..10], out n), "the decoded value (10 chars) fits although the raw one (15) does not");
        Assert.Equal("café/a%2Fb", buffer[..n].ToString());
        Assert.False(v.TryDecode(0, buffer[..9], out n));
        Assert.Equal(0, n);
        var plain = Library().Match("GET", "/v1/shelves/s1").Variables;
        Assert.False(plain.NeedsDecoding(0));
        Assert.False(plain.TryDecode(0, buffer[..1], out _));
        Assert.True(plain.TryDecode(0, buffer[..2], out n));
        Assert.Equal("s1", buffer[..n].ToString());
    }

    [Fact]
    public void A_405_lists_the_allowed_methods_sorted_and_has_no_route()
    {
        var m = Library().Match("PUT", "/v1/shelves/s1");
        Assert.Equal(405, m.Status);
        Assert.Null(m.Id);
        Assert.Null(m.Route);
        Assert.Equal(-1, m.RouteIndex);
        Assert.Empty(m.Variables);
        Assert.Equal(2, m.Allow.Count);
        Assert.Equal(["GET", "PATCH"], m.Allow.ToArray());
        Assert.Equal("PATCH", m.Allow[1]);
        Assert.Equal(["DELETE", "GET", "PATCH"], Library().Methods);
        var notFound = Library().Match("GET", "/v2/x");
        Assert.Equal((404, 0, 0), (notFound.Status, notFound.Variables.Count, notFound.Allow.Count));
    }

    [Fact]
    public void Lookups_allocate_nothing_hits_included_until_a_value_string_is_asked_for()
    {
        var matcher = Library();
        Span<char> buffer = stackalloc char[64];
        var chars = Lookups(matcher, buffer);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            chars += Lookups(matcher, buffer);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(chars > 0);
        var hit = matcher.Match("GET", "/v1/shelves/s1");
        before = GC.GetAllocatedBytesForCurrentThread();
        var value = hit.Variables.Value(0);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before > 0, "a value string is a new string");
        Assert.Equal("s1", value);
    }

    private static int Lookups(RouteMatcher matcher, Span<char> buffer)
    {
        var chars = 0;
        var hit = matcher.Match("GET", "/v1/shelves/s%201/books/b2?x=1");
        chars += hit.Id!.Length + hit.Template!.Length + hit.Variables.Raw(0).Length;
        chars += hit.Variables.TryDecode(0, buffer, out var n) ? n : 0;
        chars += hit.Variables.TryGetRaw("name", out var raw) ? raw.Length : 0;
        chars += matcher.Match("GET", "/v1/blobs/a/b/c").Variables.Raw(0).Length;
        var notAllowed = matcher.Match("PUT", "/v1/shelves/s1");
        foreach (var method in notAllowed.Allow)
        {
            chars += method.Length;
        }

        chars += matcher.Match("GET", "/v1/shelves/s1/nope/x").Status;
        chars += matcher.Match("GET", "/v1//a").Status;
        return chars;
    }

    [Fact]
    public void Paths_longer_than_65535_characters_keep_exact_ranges()
    {
        var matcher = Library();
        var big = new string('a', 70_000);
        var m = matcher.Match("GET", $"/v1/shelves/{big}/books/b%21");
        Assert.Equal("shelves/" + big + "/books/b!", m.Variables["name"]);
        Assert.Equal(big, matcher.Match("GET", "/v1/shelves/" + big).Variables["shelf"]);
    }

    [Fact]
    public void Routes_with_more_than_eight_variables_keep_every_range()
    {
        var template = "/t/" + string.Join("/", Enumerable.Range(0, 11).Select(i => $"{{v{i}}}"));
        var matcher = Matcher(("Many", "GET", template));
        var m = matcher.Match("GET", "/t/" + string.Join("/", Enumerable.Range(0, 11).Select(i => $"x{i}%21")));
        Assert.Equal(200, m.Status);
        Assert.Equal(Enumerable.Range(0, 11).Select(i => $"x{i}!"), Enumerable.Range(0, 11).Select(i => m.Variables[$"v{i}"]));
    }

    [Fact]
    public void A_405_of_a_table_with_more_than_256_methods_lists_them_all()
    {
        var routes = Enumerable.Range(0, 600).Select(i => ($"op{i}", $"M{i:D3}", "/x")).ToArray();
        var m = Matcher(routes).Match("GET", "/x");
        Assert.Equal(405, m.Status);
        Assert.Equal(600, m.Allow.Count);
        Assert.Equal(Enumerable.Range(0, 600).Select(i => $"M{i:D3}"), m.Allow);
        Assert.Equal("op599", Matcher(routes).Match("M599", "/x").Id);
    }

    [Fact]
    public void Nodes_with_many_literals_find_each_one_and_nothing_else()
    {
        var words = Enumerable.Range(0, 300).Select(i => $"w{i % 7}{new string((char)('a' + (i % 26)), i % 5)}{i}z").Distinct().ToList();
        var matcher = Matcher(words.Select(w => (w, "GET", $"/r/{w}/end")).Append(("Other", "GET", "/r/{id}/end")).ToArray());
        foreach (var w in words)
        {
            Assert.Equal(w, matcher.Match("GET", $"/r/{w}/end").Id);
            Assert.Equal("Other", matcher.Match("GET", $"/r/{w}x/end").Id);
            Assert.Equal("Other", matcher.Match("GET", $"/r/{w[..^1]}y/end").Id);
        }
    }

    [Fact]
    public void Long_runs_of_escapes_decode_whole_characters()
    {
        var value = string.Concat(Enumerable.Repeat("é\U0001F600€", 40));
        var encoded = string.Concat(System.Text.Encoding.UTF8.GetBytes(value).Select(b => $"%{b:X2}"));
        var matcher = Matcher(("Blob", "GET", "/b/{path=**}"), ("One", "GET", "/o/{id}"));
        Assert.Equal(value, matcher.Match("GET", "/o/" + encoded).Variables["id"]);
        Assert.Equal(value + "/" + value, matcher.Match("GET", "/b/" + encoded + "/" + encoded).Variables["path"]);
        Assert.Equal(value + "%2F" + value, matcher.Match("GET", "/b/" + encoded + "%2f" + encoded).Variables["path"]);
    }
}
