namespace ContractGen.Breaking;

/// <summary>
/// Type ids as they compare across the two sides. OpenAPI and AsyncAPI ids start with their document's id
/// (<c>v1.yaml#/components/schemas/Pet</c>); once the documents are paired, that prefix stands for the pair, so
/// <c>v1.yaml#…</c> and <c>v2.yaml#…</c> compare equal when v1.yaml was paired with v2.yaml. Proto full names and ids
/// in files that are not documents (a shared <c>common.yaml</c>, the same path on both sides) are compared as they are.
/// </summary>
public sealed partial class ModelIndex
{
    private readonly Dictionary<string, string> _pairKeys = new(StringComparer.Ordinal);

    /// <summary>The document with this id was paired under <paramref name="key"/> (set by the document pairing stage).</summary>
    internal void SetPairKey(string documentId, string key) => _pairKeys[documentId] = key;

    /// <summary>The id with its document part replaced by the document pair's key.</summary>
    public string TypeKey(string typeId)
    {
        var hash = typeId.IndexOf('#');
        return hash > 0 && _pairKeys.TryGetValue(typeId[..hash], out var key) ? key + typeId[hash..] : typeId;
    }
}
