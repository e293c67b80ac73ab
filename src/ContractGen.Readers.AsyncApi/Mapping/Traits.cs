using System.Text.Json.Nodes;
using ContractGen.Readers.AsyncApi.Json;

namespace ContractGen.Readers.AsyncApi.Mapping;

/// <summary>
/// Applies operation/message traits with JSON Merge Patch. 2.x: each trait is patched onto the target (the trait
/// wins). 3.x: the traits are merged first and the target last (the target wins).
/// </summary>
internal static class Traits
{
    /// <summary>A copy of <paramref name="target"/> with its traits applied and the <c>traits</c> key removed.</summary>
    public static JsonObject Apply(JsonObject target, ReadContext ctx)
    {
        var copy = (JsonObject)ctx.Index.Clone(target)!;
        if (copy.Arr("traits") is not { Count: > 0 } traits)
        {
            copy.Remove("traits");
            return copy;
        }

        copy.Remove("traits");
        var resolved = new List<JsonObject>();
        foreach (var t in target.Arr("traits")!)
        {
            // 2.x allows [trait, overrides] pairs in some tools; only trait objects and $refs are standard.
            if (ctx.Deref(t)?.Object is { } trait)
            {
                var clone = (JsonObject)ctx.Index.Clone(trait)!;
                clone.Remove("traits");
                resolved.Add(clone);
            }
        }

        if (!ctx.IsV3)
        {
            JsonNode? result = copy;
            foreach (var trait in resolved)
            {
                result = MergePatch.Apply(result, trait, ctx.Index);
            }

            return (JsonObject)result!;
        }

        JsonNode? merged = new JsonObject();
        foreach (var trait in resolved)
        {
            merged = MergePatch.Apply(merged, trait, ctx.Index);
        }

        return (JsonObject)MergePatch.Apply(merged, copy, ctx.Index)!;
    }
}
