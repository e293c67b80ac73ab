using System.Collections.Immutable;

namespace ContractGen.Model;

/// <summary>All the schemes of one requirement must be satisfied together.</summary>
public sealed record SecurityRequirement(ImmutableArray<SecurityRequirementItem> Items);

/// <param name="SchemeId">The scheme's <see cref="SecurityScheme.Name"/>, as the document names it: the scheme of that name declared by the
/// same document (scheme ids are unique per document, names are not).</param>
public sealed record SecurityRequirementItem(string SchemeId, ImmutableArray<string> Scopes);

/// <summary>An OpenAPI or AsyncAPI security scheme. Id: <c>&lt;document id&gt;#/components/securitySchemes/&lt;name&gt;</c>.</summary>
public sealed record SecurityScheme : Element
{
    public required string Name { get; init; }

    /// <summary>apiKey, http, oauth2, openIdConnect, mutualTLS, userPassword, X509, httpApiKey, plain, scramSha256…</summary>
    public required string Type { get; init; }

    /// <summary>HTTP auth scheme (bearer, basic) for type http.</summary>
    public string? Scheme { get; init; }

    public string? BearerFormat { get; init; }

    /// <summary>apiKey location: query, header, cookie (AsyncAPI: user, password).</summary>
    public string? In { get; init; }

    /// <summary>apiKey parameter name.</summary>
    public string? ParameterName { get; init; }

    public string? OpenIdConnectUrl { get; init; }

    /// <summary>OAuth flows: flow name → (authorizationUrl, tokenUrl, refreshUrl, scopes).</summary>
    public ImmutableArray<OAuthFlow> Flows { get; init; } = ImmutableArray<OAuthFlow>.Empty;

    /// <summary>AsyncAPI 3.0 required scopes on the scheme itself.</summary>
    public ImmutableArray<string> Scopes { get; init; } = ImmutableArray<string>.Empty;
}

public sealed record OAuthFlow(string Kind, string? AuthorizationUrl, string? TokenUrl, string? RefreshUrl, ImmutableArray<string> Scopes);
