using System.Globalization;
using System.Text.Json.Nodes;
using ContractGen.Model;

namespace ContractGen.Cli.Config;

/// <summary>Maps a schema-valid configuration document onto <see cref="ContractGenConfig"/>, resolving paths.</summary>
internal static class ConfigBinder
{
    /// <param name="locate">The span of a JSON pointer's value in the file (<c>/outputs/go/out</c>).</param>
    public static ContractGenConfig Bind(JsonObject root, string path, string directory, Func<string, SourceSpan> locate)
    {
        string Resolve(string p) => Path.GetFullPath(p, directory);
        return new ContractGenConfig
        {
            FilePath = path,
            Directory = directory,
            Inputs = Strings(root["inputs"]).Select(Resolve).ToList(),
            Include = Strings(root["include"]).Select(Resolve).ToList(),
            Protoc = String(root["protoc"]) is { } protoc ? Resolve(protoc) : null,
            AllowRemoteRefs = Bool(root["allowRemoteRefs"]),
            Templates = String(root["templates"]) is { } templates ? Resolve(templates) : null,
            Outputs = root["outputs"] is JsonObject outputs
                ? outputs.OrderBy(o => o.Key, StringComparer.Ordinal).Where(o => o.Value is JsonObject).Select(o => Output(o.Key, (JsonObject)o.Value!, Resolve, locate)).ToList()
                : [],
            Breaking = root["breaking"] is JsonObject breaking ? Breaking(breaking) : new BreakingConfig(),
        };
    }

    private static OutputConfig Output(string language, JsonObject o, Func<string, string> resolve, Func<string, SourceSpan> locate) => new()
    {
        Language = language,
        Out = resolve(String(o["out"])!),
        OutSpan = locate($"/outputs/{language}/out"),
        Artifacts = Strings(o["artifacts"]),
        ArtifactSpans = Strings(o["artifacts"]).Select((_, i) => locate($"/outputs/{language}/artifacts/{i.ToString(CultureInfo.InvariantCulture)}")).ToList(),
        Options = new SortedDictionary<string, string>(
            o.Where(p => p.Key is not ("out" or "artifacts") && p.Value is JsonValue).ToDictionary(p => p.Key, p => p.Value!.ToString()),
            StringComparer.Ordinal),
    };

    private static BreakingConfig Breaking(JsonObject b) => new()
    {
        Against = String(b["against"]),
        Use = Strings(b["use"]),
        Except = Strings(b["except"]),
        Ignore = Strings(b["ignore"]),
        IgnoreElements = Strings(b["ignoreElements"]),
        IgnoreUnstable = Bool(b["ignoreUnstable"]),
        Levels = b["levels"] is JsonObject levels
            ? new SortedDictionary<string, string>(levels.ToDictionary(l => l.Key, l => l.Value!.ToString()), StringComparer.Ordinal)
            : new SortedDictionary<string, string>(StringComparer.Ordinal),
        DeprecateBeforeRemove = Bool(b["deprecateBeforeRemove"]),
    };

    private static string? String(JsonNode? node) => node?.GetValue<string>();

    private static bool Bool(JsonNode? node) => node?.GetValue<bool>() ?? false;

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n!.GetValue<string>()).ToList() : [];
}
