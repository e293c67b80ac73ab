using System.Text.Json.Nodes;
using ContractGen.Emit.Routing;
using ContractGen.Model;
using ContractGen.Testing;

namespace ContractGen.Emit.Tests.Harness;

/// <summary>
/// The shared vectors (tests/vectors/path-templates.json) turned into what every language harness reads: each group's
/// routes compiled by the route compiler (C#) into a table, with its match and build cases. Groups that expect
/// generation diagnostics have no cases and are left out (the C# routing tests check them).
/// </summary>
public static class HarnessVectors
{
    public static string SourcePath => Path.Combine(RepoPaths.Tests, "vectors", "path-templates.json");

    public sealed record Compiled(string Json, CompiledRouteTable Generated, int MatchCases, int BuildCases);

    /// <summary>The harness JSON, and the table the generated package embeds (the group with the most routes).</summary>
    public static Compiled Build()
    {
        var source = JsonNode.Parse(File.ReadAllText(SourcePath))!["groups"]!.AsArray();
        var groups = new JsonArray();
        CompiledRouteTable? generated = null;
        string? generatedName = null;
        int matches = 0, builds = 0;
        foreach (var node in source)
        {
            var group = node!.AsObject();
            if (group["diagnostics"] is JsonArray { Count: > 0 })
            {
                continue;
            }

            var table = Compile(group);
            var name = (string)group["name"]!;
            if (generated is null || table.Routes.Length > generated.Routes.Length)
            {
                (generated, generatedName) = (table, name);
            }

            var match = group["match"]?.DeepClone() ?? new JsonArray();
            var build = group["build"]?.DeepClone() ?? new JsonArray();
            matches += match.AsArray().Count;
            builds += build.AsArray().Count;
            groups.Add(new JsonObject
            {
                ["name"] = name,
                ["table"] = CompiledRouteTableJson.ToJsonObject(table),
                ["match"] = match,
                ["build"] = build,
            });
        }

        var root = new JsonObject { ["generatedGroup"] = generatedName, ["groups"] = groups };
        return new Compiled(root.ToJsonString(), generated!, matches, builds);
    }

    private static CompiledRouteTable Compile(JsonObject group)
    {
        var syntax = (string)group["syntax"]! switch
        {
            "httprule" => TemplateSyntax.HttpRule,
            "openapi" => TemplateSyntax.OpenApi,
            "asyncapi" => TemplateSyntax.AsyncApi,
            var s => throw new InvalidDataException($"unknown syntax {s}"),
        };
        var bag = new DiagnosticBag();
        var sources = new List<RouteSource>();
        foreach (var r in group["routes"]!.AsArray())
        {
            var template = PathTemplateParser.Parse((string)r!["template"]!, syntax, SourceSpan.None, bag)
                           ?? throw new InvalidDataException($"vector template {(string)r["template"]!} does not parse");
            var channel = syntax == TemplateSyntax.AsyncApi;
            sources.Add(new RouteSource((string)r["id"]!, channel ? CompiledRoute.ChannelKind : CompiledRoute.HttpKind,
                channel ? null : (string)r["method"]!, template, SourceSpan.None));
        }

        var table = RouteCompiler.Compile(sources, bag);
        if (bag.HasErrors)
        {
            throw new InvalidDataException($"group '{(string)group["name"]!}': {string.Join("; ", bag.ToImmutableSorted())}");
        }

        return table;
    }
}
