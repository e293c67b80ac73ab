using System.Collections.Immutable;
using ContractGen.Model;

namespace ContractGen.Emit.Routing;

/// <summary>
/// Every route of a model compiled into data that a small matcher runtime per language interprets
/// (format and semantics: docs/path-templates.md §2).
/// </summary>
public sealed record CompiledRouteTable
{
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Sorted by ordinal (Kind, Template, Method, Verb, Id).</summary>
    public ImmutableArray<CompiledRoute> Routes { get; init; } = ImmutableArray<CompiledRoute>.Empty;
}

/// <summary>One HTTP binding or channel address, compiled.</summary>
public sealed record CompiledRoute
{
    public const string HttpKind = "http";

    public const string ChannelKind = "channel";

    /// <summary>Operation id (HTTP) or channel id (channel). Several routes may share an id (additional bindings).</summary>
    public required string Id { get; init; }

    /// <summary><see cref="HttpKind"/> or <see cref="ChannelKind"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Upper-case method; "*" = any method; null for channels.</summary>
    public string? Method { get; init; }

    /// <summary>L:text, S, M, V:name … E, C:pattern (docs/path-templates.md §2).</summary>
    public required ImmutableArray<string> Tokens { get; init; }

    /// <summary>google.api.http custom verb without ':' or null.</summary>
    public string? Verb { get; init; }

    /// <summary>The template as written; it starts with '/' exactly when the route needs a leading slash.</summary>
    public required string Template { get; init; }

    /// <summary>Where the binding or channel was declared (not part of the serialized format).</summary>
    public SourceSpan Span { get; init; } = SourceSpan.None;

    public bool LeadingSlash => Template.StartsWith('/');
}

/// <summary>What the compiler takes: a parsed template with its route identity.</summary>
public sealed record RouteSource(string Id, string Kind, string? Method, PathTemplate Template, SourceSpan Span);
