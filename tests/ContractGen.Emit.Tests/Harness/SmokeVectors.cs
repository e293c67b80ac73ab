using System.Text.Json.Nodes;
using ContractGen.Emit.Routing;
using ContractGen.Emit.Routing.Runtime;

namespace ContractGen.Emit.Tests.Harness;

/// <summary>
/// Harness JSON (the <see cref="HarnessVectors"/> format, one group) for a compiled table that has no hand-written
/// cases, e.g. the table of contracts/hostile: for every route, values for its variables, the path the C# reference
/// runtime builds from them, what the C# runtime answers for that path (and for it with an undeclared method), so
/// that every other language must agree with the reference on the same table.
/// </summary>
public static class SmokeVectors
{
    /// <summary>A method no contract of the repository declares: it gives the 405 (or 404) answer of a path.</summary>
    private const string OtherMethod = "X-CONTRACTGEN-OTHER";

    public sealed record Smoke(string Json, int MatchCases, int BuildCases);

    public static Smoke For(string name, CompiledRouteTable table)
    {
        var reference = RouteTableRuntime.Matcher(table);
        var match = new JsonArray();
        var build = new JsonArray();
        foreach (var route in table.Routes)
        {
            var values = Values(route);
            var path = reference.Build(route.Id, values);
            build.Add(new JsonObject { ["id"] = route.Id, ["values"] = Object(values), ["path"] = path });
            if (path is null)
            {
                continue;
            }

            if (route.Method is null)
            {
                match.Add(Case(null, path, reference.Match(path)));
            }
            else
            {
                match.Add(Case(route.Method, path, reference.Match(route.Method, path)));
                match.Add(Case(OtherMethod, path, reference.Match(OtherMethod, path)));
            }
        }

        var group = new JsonObject { ["name"] = name, ["table"] = CompiledRouteTableJson.ToJsonObject(table), ["match"] = match, ["build"] = build };
        var root = new JsonObject { ["generatedGroup"] = name, ["groups"] = new JsonArray(group) };
        return new Smoke(root.ToJsonString(), match.Count, build.Count);
    }

    /// <summary>A value for every variable that fits its pattern: literals as they are, "s1"/"m1" for segments, "c1é" in composites.</summary>
    private static Dictionary<string, string> Values(CompiledRoute route)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var n = 0;
        string? name = null;
        var parts = new List<string>();
        foreach (var token in route.Tokens)
        {
            if (token.StartsWith("V:", StringComparison.Ordinal))
            {
                (name, parts) = (token[2..], new List<string>());
            }
            else if (token == "E")
            {
                values[name!] = string.Join("/", parts);
                name = null;
            }
            else if (name is not null)
            {
                parts.Add(token switch
                {
                    "S" => "s" + ++n + " é",
                    "M" => "m" + ++n,
                    _ => Uri.UnescapeDataString(token[2..]),
                });
            }
            else if (token.StartsWith("C:", StringComparison.Ordinal))
            {
                foreach (var variable in token[2..].Split('{').Skip(1).Select(p => p[..p.IndexOf('}', StringComparison.Ordinal)]))
                {
                    values[variable] = "c" + ++n + "é";
                }
            }
        }

        return values;
    }

    private static JsonObject Object(IReadOnlyDictionary<string, string> values) =>
        new(values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value))));

    private static JsonObject Case(string? method, string path, RouteMatch answer)
    {
        var c = new JsonObject();
        if (method is not null)
        {
            c["method"] = method;
        }

        c["path"] = path;
        c["status"] = answer.Status;
        c["id"] = answer.Id;
        c["variables"] = Object(answer.Variables);
        c["allow"] = new JsonArray(answer.Allow.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());
        return c;
    }
}
