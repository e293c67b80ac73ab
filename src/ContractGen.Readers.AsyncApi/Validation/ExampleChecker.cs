using System.Text.Json;
using System.Text.Json.Nodes;
using ContractGen.Readers.AsyncApi.Json;
using ContractGen.Readers.AsyncApi.Mapping;
using ContractGen.Readers.AsyncApi.Refs;
using Json.Schema;

namespace ContractGen.Readers.AsyncApi.Validation;

/// <summary>
/// Message examples (<c>examples[].payload</c> / <c>examples[].headers</c>) must match the message's payload and headers
/// schemas (error in 2.x, warning in 3.x). The schema is inlined ($refs replaced by their targets; a recursive ref accepts anything) and evaluated as
/// draft-07. Only AsyncAPI and JSON Schema formats are checked.
/// </summary>
internal static class ExampleChecker
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Flag };

    public static void Check(ReadContext ctx, JsonObject message, JsonNode? payloadSchema, JsonNode? headersSchema)
    {
        if (message.Arr("examples") is not { Count: > 0 } examples)
        {
            return;
        }

        var payload = payloadSchema is null ? null : Build(ctx, payloadSchema);
        var headers = headersSchema is null ? null : Build(ctx, headersSchema);
        foreach (var example in examples.OfType<JsonObject>())
        {
            Check(ctx, example, "payload", payload);
            Check(ctx, example, "headers", headers);
        }
    }

    private static void Check(ReadContext ctx, JsonObject example, string key, JsonSchema? schema)
    {
        if (schema is null || !example.ContainsKey(key))
        {
            return;
        }

        var result = schema.Evaluate(JsonSerializer.SerializeToElement(example[key]), Options);
        if (!result.IsValid)
        {
            var name = example.Str("name") is { } n ? $" '{n}'" : "";
            // 2.x: an error, like the reference parser's asyncapi2-message-examples rule; 3.x has no such rule
            // (real 3.0 documents ship stale examples), so there it is a warning.
            var text = $"message example{name}: the {key} does not match the message's {key} schema";
            if (ctx.IsV3)
            {
                ctx.Report.Warning(Codes.ExampleMismatch, text, ctx.Index.ValueSpan(example, key));
            }
            else
            {
                ctx.Report.Error(Codes.ExampleMismatch, text, ctx.Index.ValueSpan(example, key));
            }
        }
    }

    private static JsonSchema? Build(ReadContext ctx, JsonNode schema)
    {
        var inlined = Inline(ctx, schema, new HashSet<JsonNode>(ReferenceEqualityComparer.Instance), 0);
        if (inlined is JsonObject o)
        {
            o["$schema"] = "http://json-schema.org/draft-07/schema#";
        }

        try
        {
            return JsonSchema.Build(JsonSerializer.SerializeToElement(inlined), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        }
        catch (Exception e) when (e is JsonSchemaException or JsonException or ArgumentException or InvalidOperationException or RefResolutionException)
        {
            // A schema JsonSchema.Net cannot build (e.g. an invalid regex) is left to the document validation.
            return null;
        }
    }

    private static readonly HashSet<string> DataKeys = new(StringComparer.Ordinal) { "examples", "example", "default", "const", "enum" };

    private static JsonNode? Inline(ReadContext ctx, JsonNode? node, HashSet<JsonNode> stack, int depth)
    {
        if (depth > 64)
        {
            return JsonValue.Create(true);
        }

        switch (node)
        {
            case JsonObject o when RefResolver.IsRef(o, out var holder, out _):
                var target = ctx.Refs.Follow(holder);
                if (target?.Node is null || !stack.Add(target.Node))
                {
                    return JsonValue.Create(true);
                }

                var inlined = Inline(ctx, target.Node, stack, depth + 1);
                stack.Remove(target.Node);
                return inlined;
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (k, v) in o)
                {
                    if (k is "discriminator" or "$id" or "$schema" || k.StartsWith("x-", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    copy[k] = DataKeys.Contains(k) ? v?.DeepClone() : Inline(ctx, v, stack, depth + 1);
                }

                return copy;
            case JsonArray a:
                return new JsonArray(a.Select(v => Inline(ctx, v, stack, depth + 1)).ToArray());
            default:
                return node?.DeepClone();
        }
    }
}
