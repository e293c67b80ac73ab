using System.Collections.Immutable;

namespace ContractGen.Model;

/// <summary>An HTTP mapping of an operation (google.api.http rule or OpenAPI path item + method).</summary>
public sealed record HttpBinding
{
    /// <summary>Upper-case method (GET, POST, …); "*" for a proto custom rule with kind "*".</summary>
    public required string Method { get; init; }

    public required PathTemplate Path { get; init; }

    /// <summary>Proto body mapping: null = no body, "*" = every field not bound by the path, else a top-level field name.</summary>
    public string? BodyField { get; init; }

    /// <summary>Proto response_body field, when set.</summary>
    public string? ResponseBodyField { get; init; }

    /// <summary>Path, query, header and cookie parameters. Proto: path variables and (when body is not "*") query fields are derived by the reader.</summary>
    public ImmutableArray<HttpParameter> Parameters { get; init; } = ImmutableArray<HttpParameter>.Empty;

    public RequestBody? RequestBody { get; init; }

    public ImmutableArray<HttpResponse> Responses { get; init; } = ImmutableArray<HttpResponse>.Empty;

    /// <summary>True for proto additional_bindings entries.</summary>
    public bool IsAdditional { get; init; }

    /// <summary>Server base paths / URLs that apply to this binding (OpenAPI servers), in order.</summary>
    public ImmutableArray<string> Servers { get; init; } = ImmutableArray<string>.Empty;

    public SourceSpan Span { get; init; } = SourceSpan.None;
}

public enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,
}

public sealed record HttpParameter
{
    public required string Name { get; init; }

    public required ParameterLocation In { get; init; }

    public required TypeRef Type { get; init; }

    public bool Required { get; init; }

    /// <summary>OpenAPI style (form, simple, label, matrix, spaceDelimited, pipeDelimited, deepObject); null = default for the location.</summary>
    public string? Style { get; init; }

    /// <summary>null = default for the style.</summary>
    public bool? Explode { get; init; }

    public bool AllowReserved { get; init; }

    public bool Deprecated { get; init; }

    public Docs Docs { get; init; } = Docs.Empty;

    /// <summary>Proto: the field path the parameter binds (e.g. "book.name"); null for OpenAPI.</summary>
    public string? FieldPath { get; init; }

    /// <summary>OpenAPI parameter with "content" instead of "schema": its media type.</summary>
    public string? ContentMediaType { get; init; }

    public SourceSpan Span { get; init; } = SourceSpan.None;
}

public sealed record MediaContent(string MediaType, TypeRef? Schema);

public sealed record RequestBody
{
    public bool Required { get; init; }

    public ImmutableArray<MediaContent> Content { get; init; } = ImmutableArray<MediaContent>.Empty;

    public Docs Docs { get; init; } = Docs.Empty;

    public SourceSpan Span { get; init; } = SourceSpan.None;
}

public sealed record HttpResponse
{
    /// <summary>"200", "2XX" or "default".</summary>
    public required string Status { get; init; }

    public Docs Docs { get; init; } = Docs.Empty;

    public ImmutableArray<MediaContent> Content { get; init; } = ImmutableArray<MediaContent>.Empty;

    public ImmutableArray<HttpParameter> Headers { get; init; } = ImmutableArray<HttpParameter>.Empty;

    public SourceSpan Span { get; init; } = SourceSpan.None;

    public bool IsSuccess => Status.StartsWith('2');

    public bool IsDefault => Status == "default";
}
