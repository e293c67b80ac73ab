using System.Text.Json;
using Json.Schema;

namespace ContractGen.Cli.Config;

/// <summary>schemas/contractgen.schema.json, embedded in the tool, and validation against it.</summary>
public static class ConfigSchema
{
    private static readonly Lazy<string> TextLazy = new(ReadText);
    private static readonly Lazy<JsonSchema> SchemaLazy = new(() =>
        JsonSchema.FromText(TextLazy.Value, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>The schema text exactly as committed in the repository.</summary>
    public static string Text => TextLazy.Value;

    public const string PublicUrl = "https://raw.githubusercontent.com/contractgen/contractgen/main/schemas/contractgen.schema.json";

    /// <summary>Every violation: (JSON pointer of the instance, message). Sorted, one per pointer and message.</summary>
    public static IReadOnlyList<(string Pointer, string Message)> Validate(JsonElement document)
    {
        var results = SchemaLazy.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var found = new SortedSet<(string, string)>();
        foreach (var detail in results.Details ?? [])
        {
            if (detail.IsValid || detail.Errors is null)
            {
                continue;
            }

            var pointer = detail.InstanceLocation.ToString();
            foreach (var (keyword, message) in detail.Errors)
            {
                found.Add((pointer, Explain(keyword, message, pointer)));
            }
        }

        return found.ToList();
    }

    private static string Explain(string keyword, string message, string pointer)
    {
        if (keyword is "" or "false" || message.Contains("false schema", StringComparison.OrdinalIgnoreCase))
        {
            var name = pointer[(pointer.LastIndexOf('/') + 1)..].Replace("~1", "/").Replace("~0", "~");
            return $"unknown key '{name}' (see schemas/contractgen.schema.json for the keys allowed here)";
        }

        return message;
    }

    private static string ReadText()
    {
        using var stream = typeof(ConfigSchema).Assembly.GetManifestResourceStream("contractgen.schema.json")
            ?? throw new InvalidOperationException("the embedded configuration schema is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
