using System.Text.Json;
using System.Text.RegularExpressions;
using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>
/// Findings the user asked not to see: file and element globs, per-rule ignores, unstable packages or elements,
/// and inline suppressions (a proto comment <c>contractgen:ignore RULE_ID</c> or an <c>x-contractgen-ignore</c>
/// extension naming the rule) on the element or any element around it, on either side.
/// </summary>
internal static partial class Suppressions
{
    public const string IgnoreExtension = "x-contractgen-ignore";

    /// <summary>
    /// An element glob; one that starts with '#' (<c>#/components/schemas/Pet</c>) names a pointer in any document and is
    /// also matched against the element's id from its '#' on (OpenAPI/AsyncAPI ids are <c>openapi.yaml#/components/…</c>).
    /// </summary>
    private static bool ElementMatches(string glob, string element) =>
        Glob.Matches(glob, element) ||
        (glob.StartsWith('#') && element.IndexOf('#') is > 0 and var hash && Glob.Matches(glob, element[hash..]));

    public static bool IsSuppressed(BreakingOptions options, string ruleId, string element, IEnumerable<string> files, IEnumerable<Element> scope)
    {
        var fileList = files.Where(f => f.Length > 0).ToList();
        if (options.IgnorePaths.Any(g => fileList.Any(f => Glob.Matches(g, f))))
        {
            return true;
        }

        if (element.Length > 0 && options.IgnoreElements.Any(g => ElementMatches(g, element)))
        {
            return true;
        }

        if (options.IgnoreOnly.TryGetValue(ruleId, out var only) &&
            only.Any(g => fileList.Any(f => Glob.Matches(g, f)) || (element.Length > 0 && ElementMatches(g, element))))
        {
            return true;
        }

        var elements = scope.ToList();
        if (options.IgnoreUnstablePackages && elements.Any(IsUnstable))
        {
            return true;
        }

        return elements.Any(e => NamesRule(e, ruleId));
    }

    /// <summary>True for proto packages like v1alpha1, v2beta, v1test, v0, alpha, beta, and elements marked experimental.</summary>
    public static bool IsUnstable(Element element)
    {
        if (element is SourceDocument { Package: { Length: > 0 } package } && UnstablePackage().IsMatch(package.Split('.')[^1]))
        {
            return true;
        }

        foreach (var key in new[] { "x-stability", "x-stability-level" })
        {
            if (element.Extensions.TryGetValue(key, out var json) && ReadStrings(json).Any(s => s is "experimental" or "alpha" or "beta" or "draft"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesRule(Element element, string ruleId)
    {
        if (element.Extensions.TryGetValue(IgnoreExtension, out var json) && ReadStrings(json).Contains(ruleId, StringComparer.Ordinal))
        {
            return true;
        }

        foreach (var text in new[] { element.Docs.Summary, element.Docs.Description })
        {
            if (text is null)
            {
                continue;
            }

            foreach (Match m in IgnoreComment().Matches(text))
            {
                if (m.Groups[1].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Contains(ruleId, StringComparer.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<string> ReadStrings(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind switch
            {
                JsonValueKind.String => [doc.RootElement.GetString()!],
                JsonValueKind.Array => doc.RootElement.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
                _ => [],
            };
        }
        catch (JsonException)
        {
            return [json.Trim('"')];
        }
    }

    [GeneratedRegex(@"^(v\d+(alpha|beta|test)\w*|v\d+p\d+(alpha|beta)\w*|v0|alpha|beta)$")]
    private static partial Regex UnstablePackage();

    [GeneratedRegex(@"contractgen:ignore\s+([A-Z0-9_, ]+)")]
    private static partial Regex IgnoreComment();
}
