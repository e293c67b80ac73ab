using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ContractGen.Readers.AsyncApi.Refs;

/// <summary>JSON Pointer (RFC 6901) helpers over JSON nodes.</summary>
internal static class Pointer
{
    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Append(string pointer, string token) => pointer + "/" + Escape(token);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Decoded tokens of a pointer ("" → none). Returns null when the text is not a pointer.</summary>
    public static IReadOnlyList<string>? Tokens(string pointer)
    {
        if (pointer.Length == 0)
        {
            return [];
        }

        if (pointer[0] != '/')
        {
            return null;
        }

        return pointer[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
    }

    /// <summary>Follows a pointer from <paramref name="root"/>; found=false when a token is missing.</summary>
    public static JsonNode? Navigate(JsonNode? root, IReadOnlyList<string> tokens, out bool found)
    {
        var node = root;
        foreach (var t in tokens)
        {
            switch (node)
            {
                case JsonObject o when o.TryGetPropertyValue(t, out var child):
                    node = child;
                    break;
                case JsonArray a when int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count:
                    node = a[i];
                    break;
                default:
                    found = false;
                    return null;
            }
        }

        found = true;
        return node;
    }

    /// <summary>The pointer of a node inside its tree, or null when it hangs under another root than <paramref name="root"/>.</summary>
    public static string? Of(JsonNode node, JsonNode? root)
    {
        var parts = new List<string>();
        var n = node;
        while (n.Parent is { } parent)
        {
            parts.Add(parent is JsonArray ? n.GetElementIndex().ToString(CultureInfo.InvariantCulture) : Escape(n.GetPropertyName()));
            n = parent;
        }

        if (!ReferenceEquals(n, root))
        {
            return null;
        }

        parts.Reverse();
        var sb = new StringBuilder();
        foreach (var p in parts)
        {
            sb.Append('/').Append(p);
        }

        return sb.ToString();
    }

    /// <summary>Last token of a pointer, decoded (the component key for "/components/schemas/Pet").</summary>
    public static string LastToken(string pointer)
    {
        var hash = pointer.IndexOf('#', StringComparison.Ordinal);
        pointer = hash >= 0 ? pointer[(hash + 1)..] : pointer;
        var tokens = Tokens(pointer);
        return tokens is { Count: > 0 } ? tokens[^1] : "";
    }
}
