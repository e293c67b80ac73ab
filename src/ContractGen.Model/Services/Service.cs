using System.Collections.Immutable;

namespace ContractGen.Model;

/// <summary>
/// A group of operations: a proto service; for OpenAPI, operations grouped by their first tag
/// (untagged ones go to a service named after the document title).
/// </summary>
public sealed record Service : Element
{
    public required string Name { get; init; }

    public ImmutableArray<Operation> Operations { get; init; } = ImmutableArray<Operation>.Empty;
}

public enum StreamingKind
{
    Unary,
    ServerStreaming,
    ClientStreaming,
    BidiStreaming,
}

/// <summary>An RPC / HTTP operation.</summary>
public sealed record Operation : Element
{
    /// <summary>Method name (proto) or operationId (OpenAPI; synthesized from method and path when absent).</summary>
    public required string Name { get; init; }

    /// <summary>Id of the owning service.</summary>
    public required string ServiceId { get; init; }

    /// <summary>Request message (proto); for OpenAPI null (inputs are the HTTP binding's parameters and body).</summary>
    public TypeRef? Input { get; init; }

    /// <summary>Response message (proto); for OpenAPI null (outputs are the HTTP binding's responses).</summary>
    public TypeRef? Output { get; init; }

    public StreamingKind Streaming { get; init; } = StreamingKind.Unary;

    public ImmutableArray<HttpBinding> Http { get; init; } = ImmutableArray<HttpBinding>.Empty;

    /// <summary>Alternatives: any one requirement satisfied is enough. Null = inherits the document default; empty = none.</summary>
    public ImmutableArray<SecurityRequirement>? Security { get; init; }

    public ImmutableArray<string> Tags { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Proto idempotency_level, when set (NO_SIDE_EFFECTS, IDEMPOTENT).</summary>
    public string? IdempotencyLevel { get; init; }

    /// <summary>OpenAPI callbacks: name → operations the API may call back.</summary>
    public ImmutableArray<Callback> Callbacks { get; init; } = ImmutableArray<Callback>.Empty;
}

public sealed record Callback(string Name, ImmutableArray<Operation> Operations);
