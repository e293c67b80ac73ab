using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContractGen.Emit.Routing;

/// <summary>The JSON form of a route table (docs/path-templates.md §2), read by the non-C# runtimes' harnesses.</summary>
public static class CompiledRouteTableJson
{
    public static JsonObject ToJsonObject(CompiledRouteTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var routes = new JsonArray();
        foreach (var r in table.Routes)
        {
            routes.Add(new JsonObject
            {
                ["id"] = r.Id,
                ["kind"] = r.Kind,
                ["method"] = r.Method,
                ["tokens"] = new JsonArray(r.Tokens.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
                ["verb"] = r.Verb,
                ["template"] = r.Template,
            });
        }

        return new JsonObject { ["formatVersion"] = table.FormatVersion, ["routes"] = routes };
    }

    public static string ToJson(CompiledRouteTable table, bool indented = false) =>
        ToJsonObject(table).ToJsonString(new JsonSerializerOptions { WriteIndented = indented }).ReplaceLineEndings("\n");

    public static CompiledRouteTable FromJson(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var routes = root["routes"]!.AsArray().Select(n => new CompiledRoute
        {
            Id = (string)n!["id"]!,
            Kind = (string)n["kind"]!,
            Method = (string?)n["method"],
            Tokens = n["tokens"]!.AsArray().Select(t => (string)t!).ToImmutableArray(),
            Verb = (string?)n["verb"],
            Template = (string)n["template"]!,
        });
        return new CompiledRouteTable { FormatVersion = (int)root["formatVersion"]!, Routes = routes.ToImmutableArray() };
    }
}
