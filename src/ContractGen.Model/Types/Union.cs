using System.Collections.Immutable;

namespace ContractGen.Model;

public enum UnionKind
{
    /// <summary>Proto oneof: members are fields of the enclosing message.</summary>
    ProtoOneof,
    /// <summary>JSON Schema oneOf: exactly one member matches.</summary>
    OneOf,
    /// <summary>JSON Schema anyOf: at least one member matches.</summary>
    AnyOf,
    /// <summary>Messages an AsyncAPI operation or channel may carry.</summary>
    Messages,
}

/// <summary>
/// One union concept for proto oneofs, OpenAPI oneOf/anyOf (with or without a discriminator) and AsyncAPI
/// operations carrying several messages.
/// </summary>
public sealed record Union
{
    public required string Name { get; init; }

    public required UnionKind Kind { get; init; }

    public ImmutableArray<UnionMember> Members { get; init; } = ImmutableArray<UnionMember>.Empty;

    public Discriminator? Discriminator { get; init; }

    public SourceSpan Span { get; init; } = SourceSpan.None;
}

/// <summary>
/// A union member. For proto oneofs <see cref="Name"/> is the field name; for schema unions it is the referenced type's
/// name or a synthesized one; for AsyncAPI it is the message id.
/// </summary>
public sealed record UnionMember(string Name, TypeRef Type)
{
    /// <summary>Discriminator values mapped to this member (explicit mapping or implicit from the schema name).</summary>
    public ImmutableArray<string> DiscriminatorValues { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>An OpenAPI/AsyncAPI discriminator: the property and the value → type id mapping.</summary>
public sealed record Discriminator(string PropertyName)
{
    public ImmutableSortedDictionary<string, string> Mapping { get; init; } =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
}
