using System.Text.Json.Nodes;
using ContractGen.Emit.Routing.Runtime;

namespace ContractGen.Emit.Tests.Routing;

public class RoutingVectorTests
{
    public static TheoryData<string> GroupNames()
    {
        var data = new TheoryData<string>();
        foreach (var g in RoutingVectors.Groups())
        {
            data.Add((string)g!["name"]!);
        }

        return data;
    }

    [Fact]
    public void Vectors_file_has_at_least_150_cases_and_covers_every_syntax()
    {
        var groups = RoutingVectors.Groups().Select(g => g!.AsObject()).ToList();
        Assert.Equal(1, (int)JsonNode.Parse(File.ReadAllText(RoutingVectors.FilePath))!["version"]!);
        Assert.True(groups.Sum(g => g["match"]!.AsArray().Count + g["build"]!.AsArray().Count) >= 150);
        Assert.Equal(new[] { "asyncapi", "httprule", "openapi" }, groups.Select(g => (string)g["syntax"]!).Distinct().Order());
        Assert.Equal(groups.Count, groups.Select(g => (string)g["name"]!).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(GroupNames))]
    public void Group_passes(string name)
    {
        var group = RoutingVectors.Group(name);
        var (table, codes) = RoutingVectors.Compile(group);
        var expectedCodes = group["diagnostics"]!.AsArray().Select(c => (string)c!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedCodes, codes);
        if (expectedCodes.Count > 0)
        {
            Assert.Empty(group["match"]!.AsArray());
            return;
        }

        var matcher = RoutingVectors.Matcher(table);
        var failures = new List<string>();
        foreach (var c in group["match"]!.AsArray().Select(n => n!.AsObject()))
        {
            var path = (string)c["path"]!;
            var result = c["method"] is { } m ? matcher.Match((string)m!, path) : matcher.Match(path);
            var expected = Describe((int)c["status"]!, (string?)c["id"],
                c["variables"]?.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!) ?? new Dictionary<string, string>(),
                c["allow"]?.AsArray().Select(a => (string)a!).ToList() ?? new List<string>());
            var actual = Describe(result.Status, result.Id, result.Variables, result.Allow);
            if (expected != actual)
            {
                failures.Add($"match {c["method"]} {Short(path)}: expected {expected}, got {actual}");
            }
        }

        foreach (var b in group["build"]!.AsArray().Select(n => n!.AsObject()))
        {
            var values = b["values"]!.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!);
            var built = matcher.Build((string)b["id"]!, values);
            var expected = (string?)b["path"];
            if (built != expected)
            {
                failures.Add($"build {b["id"]} {b["values"]!.ToJsonString()}: expected {expected ?? "null"}, got {built ?? "null"}");
            }
            else if (built is not null)
            {
                RoundTrip(matcher, group, (string)b["id"]!, values, built!, failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Build is the inverse of Match: matching the built path gives the route id and the values back.</summary>
    private static void RoundTrip(RouteMatcher matcher, JsonObject group, string id, Dictionary<string, string> values, string built, List<string> failures)
    {
        var channel = (string)group["syntax"]! == "asyncapi";
        var method = channel ? null : (string?)group["routes"]!.AsArray().First(r => (string)r!["id"]! == id)!["method"];
        var result = channel ? matcher.Match(built) : matcher.Match(method == "*" ? "GET" : method!, built);
        var expected = values.Where(v => result.Variables.ContainsKey(v.Key)).ToDictionary(v => v.Key, v => v.Value);
        if (result.Status != 200 || result.Id != id || Describe(200, id, expected, []) != Describe(200, result.Id, result.Variables, []))
        {
            failures.Add($"round trip {id} via {built}: got {Describe(result.Status, result.Id, result.Variables, result.Allow)}");
        }
    }

    private static string Describe(int status, string? id, IReadOnlyDictionary<string, string> variables, IReadOnlyList<string> allow) =>
        $"{status} {id} {{{string.Join(", ", variables.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={Escape(v.Value)}"))}}} [{string.Join(",", allow)}]";

    private static string Escape(string s) => string.Concat(s.Select(ch => ch < 0x20 ? $"\\u{(int)ch:X4}" : ch.ToString()));

    private static string Short(string path) => path.Length > 80 ? path[..40] + "…" + path[^20..] : path;
}
