using System.Text.Json.Nodes;

namespace ContractGen.Readers.AsyncApi.Refs;

/// <summary>Follows every $ref of a document once, so dangling, remote and cyclic refs are reported even in unused parts.</summary>
internal static class RefWalker
{
    /// <summary>Keys whose values are data (examples, defaults), where a "$ref" key is not a reference.</summary>
    private static readonly HashSet<string> DataKeys = new(StringComparer.Ordinal) { "examples", "example", "default", "const", "enum" };

    public static void Walk(JsonNode? node, RefResolver resolver)
    {
        switch (node)
        {
            case JsonObject o when RefResolver.IsRef(o, out var holder, out _):
                resolver.Follow(holder);
                break;
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (!DataKeys.Contains(key) && !key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        Walk(value, resolver);
                    }
                }

                break;
            case JsonArray a:
                foreach (var value in a)
                {
                    Walk(value, resolver);
                }

                break;
        }
    }
}
