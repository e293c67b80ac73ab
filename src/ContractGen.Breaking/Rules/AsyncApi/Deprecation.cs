using System.Text.Json;
using ContractGen.Model;

namespace ContractGen.Breaking.Rules.AsyncApi;

/// <summary>
/// AsyncAPI channels and operations have no <c>deprecated</c> field: <c>x-deprecated: true</c> marks them deprecated
/// (as the reader's own <c>deprecated</c>, where it has one) for the deprecate-before-remove policy.
/// </summary>
internal static class Deprecation
{
    public const string Extension = "x-deprecated";

    public static bool IsDeprecated(Element element) =>
        element.Deprecated || (element.Extensions.TryGetValue(Extension, out var json) && IsTrue(json));

    public static bool MayRemove(Element previous, CheckContext context) =>
        context.Options.DeprecateBeforeRemove && IsDeprecated(previous);

    private static bool IsTrue(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.True;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
