using System.Text.Json.Nodes;
using ContractGen.Emit.Routing;
using ContractGen.Emit.Routing.Runtime;
using ContractGen.Model;
using ContractGen.Testing;

namespace ContractGen.Emit.Tests.Routing;

/// <summary>Loads tests/vectors/path-templates.json and compiles a group's routes with the parser and the route compiler.</summary>
public static class RoutingVectors
{
    public static string FilePath => Path.Combine(RepoPaths.Tests, "vectors", "path-templates.json");

    public static JsonArray Groups() => JsonNode.Parse(File.ReadAllText(FilePath))!["groups"]!.AsArray();

    public static JsonObject Group(string name) => Groups().Select(g => g!.AsObject()).Single(g => (string)g["name"]! == name);

    public static TemplateSyntax Syntax(JsonObject group) => (string)group["syntax"]! switch
    {
        "httprule" => TemplateSyntax.HttpRule,
        "openapi" => TemplateSyntax.OpenApi,
        "asyncapi" => TemplateSyntax.AsyncApi,
        var s => throw new InvalidDataException($"unknown syntax {s}"),
    };

    /// <summary>Parses and compiles the group's routes; returns the table and every error/warning code (parser and compiler).</summary>
    public static (CompiledRouteTable Table, List<string> Codes) Compile(JsonObject group)
    {
        var bag = new DiagnosticBag();
        var syntax = Syntax(group);
        var sources = new List<RouteSource>();
        var line = 0;
        foreach (var r in group["routes"]!.AsArray())
        {
            line++;
            var span = new SourceSpan("vectors.json", line, 1);
            var template = PathTemplateParser.Parse((string)r!["template"]!, syntax, span, bag);
            if (template is null)
            {
                continue;
            }

            var channel = syntax == TemplateSyntax.AsyncApi;
            sources.Add(new RouteSource((string)r["id"]!, channel ? CompiledRoute.ChannelKind : CompiledRoute.HttpKind,
                channel ? null : (string)r["method"]!, template, span));
        }

        var table = RouteCompiler.Compile(sources, bag);
        var codes = bag.ToImmutableSorted().Where(d => d.Severity != Severity.Info && d.Code != "CG2407").Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        return (table, codes);
    }

    public static RouteMatcher Matcher(CompiledRouteTable table) =>
        new(table.Routes.Select(r => new RouteDefinition(r.Id, r.Kind, r.Method, r.Tokens.ToArray(), r.Verb, r.Template)));
}
