using System.Text.Json.Nodes;
using ContractGen.Readers.AsyncApi.Documents;

namespace ContractGen.Readers.AsyncApi.Json;

/// <summary>JSON Merge Patch (RFC 7386), used for AsyncAPI traits. Works on copies that keep source locations.</summary>
internal static class MergePatch
{
    /// <summary>Returns <paramref name="target"/> with <paramref name="patch"/> applied (target is modified in place when an object).</summary>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch, NodeIndex index)
    {
        if (patch is not JsonObject p)
        {
            return index.Clone(patch);
        }

        var result = target as JsonObject ?? index.NewLike(p);
        foreach (var (key, value) in p.ToList())
        {
            if (value is null)
            {
                result.Remove(key);
            }
            else
            {
                var current = result[key];
                result.Remove(key);
                result[key] = Apply(current, value, index);
                var span = index.KeySpan(p, key);
                if (index.FileOf(p) is { } file && span.IsKnown)
                {
                    index.AddKey(result, key, file, span.Line, span.Column);
                }
            }
        }

        return result;
    }
}
