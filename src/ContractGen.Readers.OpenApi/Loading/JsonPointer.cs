using System.Text;
using System.Text.Json.Nodes;

namespace ContractGen.Readers.OpenApi.Loading;

/// <summary>RFC 6901 JSON pointers over <see cref="JsonNode"/> trees.</summary>
internal static class JsonPointer
{
    /// <summary>Escapes one reference token (~ → ~0, / → ~1).</summary>
    public static string Escape(string token) =>
        token.IndexOfAny(['~', '/']) < 0 ? token : token.Replace("~", "~0").Replace("/", "~1");

    public static string Unescape(string token) =>
        token.IndexOf('~') < 0 ? token : token.Replace("~1", "/").Replace("~0", "~");

    /// <summary>Splits "/a/b~1c" (or "#/a/b") into unescaped, percent-decoded tokens; null when it is not a pointer.</summary>
    public static string[]? Split(string pointer)
    {
        if (pointer.StartsWith('#'))
        {
            pointer = pointer[1..];
        }

        if (pointer.Length == 0)
        {
            return [];
        }

        if (pointer[0] != '/')
        {
            return null;
        }

        var parts = pointer[1..].Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            if (p.Contains('%'))
            {
                try
                {
                    p = Uri.UnescapeDataString(p);
                }
                catch (UriFormatException)
                {
                    // keep the token as written
                }
            }

            parts[i] = Unescape(p);
        }

        return parts;
    }

    /// <summary>The node at the pointer; <paramref name="found"/> tells a JSON null apart from a missing node.</summary>
    public static JsonNode? Find(JsonNode? root, IReadOnlyList<string> tokens, out bool found)
    {
        var current = root;
        foreach (var t in tokens)
        {
            switch (current)
            {
                case JsonObject o when o.TryGetPropertyValue(t, out var child):
                    current = child;
                    break;
                case JsonArray a when int.TryParse(t, System.Globalization.NumberStyles.None, null, out var i) && i < a.Count:
                    current = a[i];
                    break;
                default:
                    found = false;
                    return null;
            }
        }

        found = true;
        return current;
    }

    public static string Join(IEnumerable<string> tokens)
    {
        var sb = new StringBuilder("#");
        foreach (var t in tokens)
        {
            sb.Append('/').Append(Escape(t));
        }

        return sb.ToString();
    }
}
