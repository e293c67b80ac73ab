using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Json;

namespace ContractGen.Readers.AsyncApi.Mapping;

/// <summary>Bindings objects (possibly $refs) as protocol → canonical JSON.</summary>
internal static class Bindings
{
    public static ImmutableSortedDictionary<string, string> Read(ReadContext ctx, JsonNode? node)
    {
        if (node is null || ctx.Deref(node)?.Object is not { } o)
        {
            return ExtensionData.Empty;
        }

        var b = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (protocol, value) in o)
        {
            if (!protocol.StartsWith("x-", StringComparison.Ordinal))
            {
                b[protocol] = CanonicalJson.Write(value);
            }
        }

        return b.ToImmutable();
    }
}
