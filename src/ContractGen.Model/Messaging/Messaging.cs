using System.Collections.Immutable;

namespace ContractGen.Model;

/// <summary>An AsyncAPI channel. 2.x: id = the channel key (its address). 3.x: id = the channel id.</summary>
public sealed record Channel : Element
{
    /// <summary>Parsed address; null when the address is unknown or dynamic (3.0 null/absent address).</summary>
    public PathTemplate? Address { get; init; }

    public ImmutableArray<ChannelParameter> Parameters { get; init; } = ImmutableArray<ChannelParameter>.Empty;

    /// <summary>Ids of the messages the channel may carry.</summary>
    public ImmutableArray<string> MessageIds { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Server names; empty = all servers.</summary>
    public ImmutableArray<string> Servers { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Protocol bindings as canonical JSON text keyed by protocol.</summary>
    public ImmutableSortedDictionary<string, string> Bindings { get; init; } = ExtensionData.Empty;

    public string? Title { get; init; }
}

public sealed record ChannelParameter
{
    public required string Name { get; init; }

    /// <summary>2.x parameter schema; 3.x parameters are strings (enum/default kept in the constraints).</summary>
    public required TypeRef Type { get; init; }

    public string? Location { get; init; }

    public Docs Docs { get; init; } = Docs.Empty;

    public SourceSpan Span { get; init; } = SourceSpan.None;
}

/// <summary>An AsyncAPI message. Id: messageId (2.x), the message key (3.x) or a synthesized id.</summary>
public sealed record Message : Element
{
    public required string Name { get; init; }

    public string? Title { get; init; }

    public string? ContentType { get; init; }

    public TypeRef? Payload { get; init; }

    public TypeRef? Headers { get; init; }

    /// <summary>Schema format of the payload (null = the AsyncAPI default / JSON Schema).</summary>
    public string? SchemaFormat { get; init; }

    public CorrelationId? CorrelationId { get; init; }

    public ImmutableSortedDictionary<string, string> Bindings { get; init; } = ExtensionData.Empty;
}

public sealed record CorrelationId(string Location, Docs Docs);

public enum MessageAction
{
    /// <summary>The application sends (2.x subscribe).</summary>
    Send,
    /// <summary>The application receives (2.x publish).</summary>
    Receive,
}

/// <summary>An AsyncAPI operation.</summary>
public sealed record MessageOperation : Element
{
    public required string Name { get; init; }

    public required MessageAction Action { get; init; }

    public required string ChannelId { get; init; }

    /// <summary>The messages the operation carries, as one union (kind Messages) whose member names are message ids.</summary>
    public ImmutableArray<string> MessageIds { get; init; } = ImmutableArray<string>.Empty;

    public OperationReply? Reply { get; init; }

    public ImmutableArray<SecurityRequirement>? Security { get; init; }

    public ImmutableSortedDictionary<string, string> Bindings { get; init; } = ExtensionData.Empty;

    public ImmutableArray<string> Tags { get; init; } = ImmutableArray<string>.Empty;
}

public sealed record OperationReply
{
    public string? ChannelId { get; init; }

    /// <summary>Runtime expression of the reply address (reply.address.location).</summary>
    public string? AddressLocation { get; init; }

    public ImmutableArray<string> MessageIds { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>A server (AsyncAPI servers; OpenAPI servers are kept on the document and bindings).</summary>
public sealed record Server : Element
{
    public required string Name { get; init; }

    /// <summary>2.x url, or 3.x host + pathname joined.</summary>
    public required string Url { get; init; }

    public string? Protocol { get; init; }

    public string? ProtocolVersion { get; init; }

    public ImmutableArray<ServerVariable> Variables { get; init; } = ImmutableArray<ServerVariable>.Empty;

    public ImmutableArray<SecurityRequirement>? Security { get; init; }

    public ImmutableSortedDictionary<string, string> Bindings { get; init; } = ExtensionData.Empty;
}

public sealed record ServerVariable(string Name, string? Default, ImmutableArray<string> Enum, string? Description);
