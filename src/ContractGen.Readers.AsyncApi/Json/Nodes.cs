using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractGen.Model;

namespace ContractGen.Readers.AsyncApi.Json;

/// <summary>Type-checked accessors: wrong types read as absent (the schema validation reports them).</summary>
internal static class Nodes
{
    public static string? Str(this JsonObject? o, string key) =>
        o?[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static JsonObject? Obj(this JsonObject? o, string key) => o?[key] as JsonObject;

    public static JsonArray? Arr(this JsonObject? o, string key) => o?[key] as JsonArray;

    public static bool Bool(this JsonObject? o, string key) =>
        o?[key] is JsonValue v && v.GetValueKind() == JsonValueKind.True;

    public static string? AsString(this JsonNode? n) =>
        n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static decimal? Number(this JsonObject? o, string key) =>
        o?[key] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && decimal.TryParse(v.ToJsonString(),
            System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? d
            : null;

    public static int? Int(this JsonObject? o, string key) =>
        Number(o, key) is { } d && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue ? (int)d : null;

    /// <summary>The object's entries whose value is an object (maps of components, channels…).</summary>
    public static IEnumerable<(string Key, JsonNode? Value)> Entries(this JsonObject? o) =>
        o is null ? [] : o.Select(kv => (kv.Key, kv.Value)).ToList();

    public static IEnumerable<string> Strings(this JsonArray? a) =>
        a is null ? [] : a.Select(AsString).Where(s => s is not null).Select(s => s!).ToList();

    public static Docs Docs(this JsonObject? o) =>
        o is null ? ContractGen.Model.Docs.Empty : new Docs(o.Str("summary"), o.Str("description"));

    /// <summary>x-… extensions as canonical JSON.</summary>
    public static ImmutableSortedDictionary<string, string> Extensions(this JsonObject? o)
    {
        if (o is null)
        {
            return ExtensionData.Empty;
        }

        var b = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in o)
        {
            if (k.StartsWith("x-", StringComparison.Ordinal))
            {
                b[k] = CanonicalJson.Write(v);
            }
        }

        return b.ToImmutable();
    }

    public static ImmutableArray<string> TagNames(this JsonObject? o) =>
        o.Arr("tags") is { } tags
            ? tags.OfType<JsonObject>().Select(t => t.Str("name")).Where(n => n is not null).Select(n => n!).ToImmutableArray()
            : ImmutableArray<string>.Empty;
}
