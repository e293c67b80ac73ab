namespace ContractGen.Model;

public enum ContractFormat
{
    Proto,
    OpenApi,
    AsyncApi,
}

/// <summary>One input document: its path, format and the spec version it declares, plus its info block.</summary>
public sealed record SourceDocument : Element
{
    public required string Path { get; init; }

    public required ContractFormat Format { get; init; }

    /// <summary>Spec version: "proto2", "proto3", "editions-2023", "3.0.3", "3.1.0", "2.6.0", "3.0.0"…</summary>
    public required string SpecVersion { get; init; }

    public string? Title { get; init; }

    /// <summary>The API's own version (info.version); proto: the package.</summary>
    public string? ApiVersion { get; init; }

    /// <summary>Proto package, when there is one.</summary>
    public string? Package { get; init; }
}
