using System.Text.Json;
using System.Text.Json.Nodes;
using ContractGen.Testing;
using Json.Schema;

namespace ContractGen.Breaking.Tests.Output;

/// <summary>Loads JSON Schemas with JsonSchema.Net and reports every validation error of a document.</summary>
public static class SchemaValidation
{
    /// <summary>
    /// The official SARIF 2.1.0 schema as shipped by the pinned npm package @microsoft/jest-sarif (tools/node). It is
    /// a draft-04 schema, which JsonSchema.Net does not read: it is evaluated as draft-07, whose meaning is the same for
    /// every keyword the schema uses (asserted below: no boolean exclusiveMinimum/Maximum, the only draft-04 keywords
    /// that changed meaning; draft-04 "id" is dropped: every $ref is local).
    /// </summary>
    public static JsonSchema Sarif()
    {
        var path = RepoPaths.RequireInstalled(
            Path.Combine(RepoPaths.NodeTools, "@microsoft", "jest-sarif", "lib", "schemas", "sarif-2.1.0-rtm.5.json"),
            "scripts/setup-toolchains.sh (npm ci in tools/node: @microsoft/jest-sarif)");
        var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", (string?)node["$schema"]);
        Assert.DoesNotContain("\"exclusiveMinimum\"", node.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"exclusiveMaximum\"", node.ToJsonString(), StringComparison.Ordinal);
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        node.Remove("id");
        return JsonSchema.Build(JsonSerializer.SerializeToElement(node), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    public static JsonSchema FromRepository(string relativePath) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    /// <summary>Every error (instance location: message), empty when the document is valid; formats are asserted.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json)
    {
        using var doc = JsonDocument.Parse(json);
        var results = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }
}
