using System.Collections.Immutable;

namespace ContractGen.Model;

/// <summary>
/// Vendor extensions (<c>x-…</c> keys) and similar free-form data, as canonical JSON text keyed by name.
/// Sorted so that output is deterministic.
/// </summary>
public static class ExtensionData
{
    public static readonly ImmutableSortedDictionary<string, string> Empty =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
}
