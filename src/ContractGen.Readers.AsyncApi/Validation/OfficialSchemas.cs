using System.Collections.Concurrent;
using Json.Schema;

namespace ContractGen.Readers.AsyncApi.Validation;

/// <summary>The official AsyncAPI JSON Schemas (npm @asyncapi/specs 6.11.1), embedded, built once per version.</summary>
internal static class OfficialSchemas
{
    public static readonly IReadOnlyList<string> Versions =
        ["2.0.0", "2.1.0", "2.2.0", "2.3.0", "2.4.0", "2.5.0", "2.6.0", "3.0.0", "3.1.0"];

    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Cache = new(StringComparer.Ordinal);

    public static bool IsSupported(string version) => Versions.Contains(version);

    public static JsonSchema Get(string version) =>
        Cache.GetOrAdd(version, v => new Lazy<JsonSchema>(() => Build(v), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static JsonSchema Build(string version)
    {
        var name = $"asyncapi-specs/{version}.json";
        using var stream = typeof(OfficialSchemas).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"embedded schema {name} is missing from the build");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        // Each version gets its own registry: bundled binding schemas share $ids across versions.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(text, options);
    }
}
