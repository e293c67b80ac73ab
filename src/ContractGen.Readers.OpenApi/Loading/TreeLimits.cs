namespace ContractGen.Readers.OpenApi.Loading;

/// <summary>Limits that keep hostile input from exhausting the stack or memory.</summary>
internal static class TreeLimits
{
    /// <summary>Deepest nesting accepted; real descriptions stay far below (GitHub's is about 30).</summary>
    public const int MaxDepth = 256;

    /// <summary>Most nodes YAML aliases may add by expansion.</summary>
    public const int MaxAliasNodes = 1_000_000;
}
