using System.Text.Json;
using System.Text.Json.Nodes;
using ContractGen.Model;

namespace ContractGen.Readers.OpenApi.Loading;

/// <summary>
/// Type checks for the keywords Microsoft.OpenApi parses with bool.Parse / int.Parse (which throw on bad input).
/// A keyword with the wrong JSON type is reported where it is and removed, so the library reads the rest.
/// </summary>
internal static class KeywordChecker
{
    private static readonly HashSet<string> Booleans = new(StringComparer.Ordinal)
    {
        "nullable", "readOnly", "writeOnly", "deprecated", "uniqueItems", "required", "allowReserved", "explode", "allowEmptyValue",
    };

    private static readonly HashSet<string> Integers = new(StringComparer.Ordinal)
    {
        "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties",
    };

    private static readonly HashSet<string> Numbers = new(StringComparer.Ordinal) { "minimum", "maximum", "multipleOf" };

    private static readonly HashSet<string> Objects = new(StringComparer.Ordinal)
    {
        "info", "paths", "components", "properties", "responses", "content", "schemas", "webhooks", "variables", "flows", "scopes",
        "headers", "callbacks", "links", "discriminator", "mapping",
    };

    private static readonly HashSet<string> Urls = new(StringComparer.Ordinal)
    {
        "openIdConnectUrl", "authorizationUrl", "tokenUrl", "refreshUrl", "deviceAuthorizationUrl", "termsOfService",
    };

    private static readonly HashSet<string> Arrays = new(StringComparer.Ordinal) { "parameters", "servers", "tags", "allOf", "oneOf", "anyOf", "security" };

    public static void Check(JsonObject o, bool is30, string? parentKey, LoadContext ctx, LoadedFile file)
    {
        List<string>? remove = null;
        foreach (var (k, v) in o)
        {
            var kind = v?.GetValueKind() ?? JsonValueKind.Null;
            string? expected = null;
            if (Booleans.Contains(k))
            {
                // "required" is a boolean on parameters, headers and bodies, an array of names on schemas.
                expected = kind is JsonValueKind.True or JsonValueKind.False || (k == "required" && kind == JsonValueKind.Array) ? null
                    : k == "required" ? "a boolean (parameters, bodies) or an array of property names (schemas)" : "a boolean";
            }
            else if (k is "exclusiveMinimum" or "exclusiveMaximum")
            {
                var ok = is30 ? kind is JsonValueKind.True or JsonValueKind.False : kind == JsonValueKind.Number;
                expected = ok ? null : is30 ? "a boolean (OpenAPI 3.0)" : "a number (OpenAPI 3.1)";
            }
            else if (Integers.Contains(k))
            {
                expected = kind == JsonValueKind.Number && v!.AsValue().TryGetValue<long>(out var n) && n >= 0 ? null : "a non-negative integer";
            }
            else if (Numbers.Contains(k))
            {
                expected = kind == JsonValueKind.Number ? null : "a number";
            }
            else if (Objects.Contains(k))
            {
                expected = kind == JsonValueKind.Object ? null : "an object";
            }
            else if (Urls.Contains(k) || (k == "url" && parentKey is "externalDocs" or "license" or "contact"))
            {
                expected = kind == JsonValueKind.String && Uri.TryCreate(v!.GetValue<string>(), UriKind.RelativeOrAbsolute, out _) ? null : "a URL";
            }
            else if (k is "additionalProperties" or "unevaluatedProperties" or "items" or "not" or "schema")
            {
                expected = kind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False ? null : "a schema (an object or a boolean)";
            }
            else if (k == "parameters" && parentKey == "components")
            {
                expected = kind == JsonValueKind.Object ? null : "an object";
            }
            else if (Arrays.Contains(k))
            {
                expected = kind == JsonValueKind.Array ? null : "an array";
            }

            if (expected is not null)
            {
                ctx.Diagnostics.Error(DiagnosticCodes.WrongType, $"'{k}' must be {expected}, not {Describe(kind)}",
                    ctx.Index.Span(v is JsonObject ? v : o, ctx.Index.FileSpan(file.Index)));
                (remove ??= new()).Add(k);
            }
        }

        if (remove is not null)
        {
            ctx.Editing();
            foreach (var k in remove)
            {
                o.Remove(k);
            }
        }
    }

    /// <summary>Entries of maps of objects (properties, schemas, paths, responses, …) must be objects (3.1 schemas may be booleans).</summary>
    public static void CheckMapValues(JsonObject map, LoadContext ctx, LoadedFile file)
    {
        List<string>? remove = null;
        foreach (var (k, v) in map)
        {
            var kind = v?.GetValueKind() ?? JsonValueKind.Null;
            if (kind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False || k.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            ctx.Diagnostics.Error(DiagnosticCodes.WrongType, $"'{k}' must be an object, not {Describe(kind)}", ctx.Index.Span(map, ctx.Index.FileSpan(file.Index)));
            (remove ??= new()).Add(k);
        }

        if (remove is not null)
        {
            ctx.Editing();
            foreach (var k in remove)
            {
                map.Remove(k);
            }
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
