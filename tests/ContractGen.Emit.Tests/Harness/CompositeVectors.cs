using System.Text.Json.Nodes;
using ContractGen.Emit.Routing;
using ContractGen.Emit.Routing.Runtime;
using ContractGen.Model;

namespace ContractGen.Emit.Tests.Harness;

/// <summary>
/// Harness JSON (the <see cref="HarnessVectors"/> format) for composite segments: random patterns and short random
/// segments whose answers come from the backtracking definition (<see cref="CompositeReference"/>), HTTP (escapes
/// apply) and channels (they do not), and long hostile segments on which backtracking would run for hours. The C#
/// runtime is checked against every expected answer while the file is written.
/// </summary>
public static class CompositeVectors
{
    /// <summary>The length of the hostile segments.</summary>
    public const int Hostile = 20_000;

    private static readonly string[] Literals = [".", "-", "..", "x", ".e", "end", "~"];

    private static readonly string[] HttpPieces = ["a", ".", "-", "x", "e", "n", "d", "~", "%41", "%2E", "%25", "%C3%A9"];

    private static readonly string[] ChannelPieces = ["a", ".", "-", "x", "e", "n", "d", "~", "%", "%4", "%41"];

    public sealed record Vectors(string Json, CompiledRouteTable Generated, int MatchCases);

    /// <summary>All four groups; the generated package embeds the hostile HTTP table.</summary>
    public static Vectors Build(int seed)
    {
        var random = new Random(seed);
        var hostileHttp = HostileHttp();
        var groups = new JsonArray(
            RandomGroup("composite: random patterns (http)", random, channel: false),
            RandomGroup("composite: random patterns (channels)", random, channel: true),
            hostileHttp.Group,
            HostileChannels());
        var count = groups.Sum(g => g!["match"]!.AsArray().Count);
        var root = new JsonObject { ["generatedGroup"] = hostileHttp.Group["name"]!.GetValue<string>(), ["groups"] = groups };
        return new Vectors(root.ToJsonString(), hostileHttp.Table, count);
    }

    /// <summary>A random pattern: one to four variables with a literal between each two, maybe one at either end.</summary>
    public static string RandomPattern(Random random)
    {
        var variables = random.Next(1, 5);
        var text = random.Next(3) == 0 ? Literals[random.Next(Literals.Length)] : "";
        for (var v = 0; v < variables; v++)
        {
            text += "{" + (char)('a' + v) + "}";
            if (v < variables - 1 || random.Next(2) == 0)
            {
                text += Literals[random.Next(Literals.Length)];
            }
        }

        return text;
    }

    private static JsonObject RandomGroup(string name, Random random, bool channel)
    {
        var patterns = Enumerable.Range(0, 40).Select(_ => RandomPattern(random)).ToList();
        var table = Compile(channel, patterns.Select((p, i) => ("r" + i, (channel ? "r" : "/r") + i + "/" + p)));
        var reference = Matcher(table);
        var match = new JsonArray();
        var build = new JsonArray();
        var pieces = channel ? ChannelPieces : HttpPieces;
        for (var i = 0; i < patterns.Count; i++)
        {
            var parts = CompositeReference.Parts(patterns[i]);
            var words = pieces.Concat(parts.OfType<string>()).ToArray();
            for (var n = 0; n < 60; n++)
            {
                var segment = string.Concat(Enumerable.Range(0, random.Next(1, 10)).Select(_ => words[random.Next(words.Length)]));
                if (segment is "." or "..")
                {
                    continue;
                }

                var runs = CompositeReference.Runs(segment, parts, escapes: !channel);
                var values = runs is null ? null : Names(patterns[i]).Zip(runs, (k, v) => (k, channel ? v : Uri.UnescapeDataString(v))).ToDictionary();
                var path = (channel ? "r" : "/r") + i + "/" + segment;
                match.Add(Expect(reference, channel, path, "r" + i, values));
                if (values is not null)
                {
                    build.Add(new JsonObject { ["id"] = "r" + i, ["values"] = Object(values), ["path"] = reference.Build("r" + i, values) });
                }
            }
        }

        return Group(name, table, match, build);
    }

    private static (JsonObject Group, CompiledRouteTable Table) HostileHttp()
    {
        var table = Compile(false, [("h3", "/h3/{a}.{b}.{c}.end"), ("h4", "/h4/{a}.{b}.{c}.{d}.end"), ("hx", "/hx/x{a}-{b}-{c}y"), ("he", "/he/{a}.{b}.{c}")]);
        var reference = Matcher(table);
        var dots = new string('.', Hostile);
        var pairs = string.Concat(Enumerable.Repeat("a.", Hostile / 2));
        var escaped = string.Concat(Enumerable.Repeat("%41.", Hostile / 4));
        var match = new JsonArray
        {
            Expect(reference, false, "/h3/" + dots + "x", "h3", null),
            Expect(reference, false, "/h3/" + dots + ".end", "h3", Values(("a", dots[..^4]), ("b", "."), ("c", "."))),
            Expect(reference, false, "/h4/" + pairs, "h4", null),
            Expect(reference, false, "/h4/" + dots + ".en", "h4", null),
            Expect(reference, false, "/h4/" + pairs + "end", "h4", Values(("a", pairs[..^7]), ("b", "a"), ("c", "a"), ("d", "a"))),
            Expect(reference, false, "/hx/x" + new string('-', Hostile) + "z", "hx", null),
            Expect(reference, false, "/hx/x" + new string('-', Hostile) + "y", "hx", Values(("a", new string('-', Hostile - 4)), ("b", "-"), ("c", "-"))),
            Expect(reference, false, "/he/" + escaped + "%41", "he", Values(("a", Uri.UnescapeDataString(escaped[..^5])), ("b", "A"), ("c", "A"))),
            Expect(reference, false, "/h3/" + escaped + "x", "h3", null),
            Expect(reference, false, "/h3/" + escaped + "end", "h3", Values(("a", Uri.UnescapeDataString(escaped[..^9])), ("b", "A"), ("c", "A"))),
        };
        return (Group("composite: hostile long segments (http)", table, match, new JsonArray()), table);
    }

    private static JsonObject HostileChannels()
    {
        var table = Compile(true, [("c3", "c3/{a}.{b}.{c}.end"), ("c4", "c4/{a}%{b}%{c}%{d}")]);
        var reference = Matcher(table);
        var dots = new string('.', Hostile);
        var percents = new string('%', Hostile);
        var match = new JsonArray
        {
            Expect(reference, true, "c3/" + dots + "x", "c3", null),
            Expect(reference, true, "c3/" + dots + ".end", "c3", Values(("a", dots[..^4]), ("b", "."), ("c", "."))),
            Expect(reference, true, "c4/" + percents, "c4", Values(("a", percents[..^6]), ("b", "%"), ("c", "%"), ("d", "%"))),
            Expect(reference, true, "c4/x" + percents[..^3] + "y", "c4", Values(("a", "x" + percents[..^8]), ("b", "%"), ("c", "%"), ("d", "y"))),
        };
        return Group("composite: hostile long segments (channels)", table, match, new JsonArray());
    }

    private static JsonObject Expect(RouteMatcher reference, bool channel, string path, string id, Dictionary<string, string>? values)
    {
        var actual = channel ? reference.Match(path) : reference.Match("GET", path);
        var status = values is null ? 404 : 200;
        Assert.True(actual.Status == status, $"C# runtime on {Shorten(path)}: status {actual.Status}, expected {status}");
        if (values is not null)
        {
            Assert.Equal(id, actual.Id);
            Assert.Equal(values.OrderBy(p => p.Key, StringComparer.Ordinal), actual.Variables.OrderBy(p => p.Key, StringComparer.Ordinal));
        }

        var c = new JsonObject();
        if (!channel)
        {
            c["method"] = "GET";
        }

        c["path"] = path;
        c["status"] = status;
        c["id"] = values is null ? null : id;
        c["variables"] = Object(values ?? []);
        c["allow"] = new JsonArray();
        return c;
    }

    private static string Shorten(string path) => path.Length <= 60 ? path : path[..40] + "…(" + path.Length + " chars)";

    private static Dictionary<string, string> Values(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    private static IEnumerable<string> Names(string pattern) =>
        pattern.Split('{').Skip(1).Select(p => p[..p.IndexOf('}', StringComparison.Ordinal)]);

    private static JsonObject Object(IReadOnlyDictionary<string, string> values) =>
        new(values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value))));

    private static JsonObject Group(string name, CompiledRouteTable table, JsonArray match, JsonArray build) =>
        new() { ["name"] = name, ["table"] = CompiledRouteTableJson.ToJsonObject(table), ["match"] = match, ["build"] = build };

    private static CompiledRouteTable Compile(bool channel, IEnumerable<(string Id, string Template)> routes)
    {
        var bag = new DiagnosticBag();
        var syntax = channel ? TemplateSyntax.AsyncApi : TemplateSyntax.OpenApi;
        var sources = routes.Select(r => new RouteSource(r.Id, channel ? CompiledRoute.ChannelKind : CompiledRoute.HttpKind, channel ? null : "GET",
            PathTemplateParser.Parse(r.Template, syntax, SourceSpan.None, bag) ?? throw new InvalidDataException(r.Template), SourceSpan.None)).ToList();
        var table = RouteCompiler.Compile(sources, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToImmutableSorted()));
        return table;
    }

    private static RouteMatcher Matcher(CompiledRouteTable table) =>
        new(table.Routes.Select(r => new RouteDefinition(r.Id, r.Kind, r.Method, r.Tokens.ToArray(), r.Verb, r.Template)));
}
