using System.Collections.Immutable;

namespace ContractGen.Model;

/// <summary>
/// A use of a type. Named types are referenced by id (<see cref="NamedTypeRef"/>), which is how recursion is expressed.
/// </summary>
public abstract record TypeRef
{
    /// <summary>The value may also be JSON null (OpenAPI 3.0 nullable, 3.1 type arrays with "null", proto wrappers).</summary>
    public bool Nullable { get; init; }

    public Constraints Constraints { get; init; } = Constraints.None;

    /// <summary>Schema-level description at the point of use, when the source had one.</summary>
    public string? Description { get; init; }
}

/// <summary>A scalar; <paramref name="Format"/> is the JSON Schema format (date-time, uuid, int64…) when given.</summary>
public sealed record ScalarType(ScalarKind Kind, string? Format = null) : TypeRef;

/// <summary>A reference to a <see cref="TypeDef"/> by its id.</summary>
public sealed record NamedTypeRef(string TypeId) : TypeRef;

public sealed record ListType(TypeRef Item) : TypeRef;

/// <summary>A map; JSON object maps have a string key.</summary>
public sealed record MapType(TypeRef Key, TypeRef Value) : TypeRef;

/// <summary>Protobuf well-known types and their JSON forms.</summary>
public enum WellKnownKind
{
    Timestamp,
    Duration,
    Any,
    Struct,
    Value,
    ListValue,
    NullValue,
    FieldMask,
    Empty,
    DoubleValue,
    FloatValue,
    Int64Value,
    UInt64Value,
    Int32Value,
    UInt32Value,
    BoolValue,
    StringValue,
    BytesValue,
}

public sealed record WellKnownType(WellKnownKind Kind) : TypeRef;

/// <summary>Any JSON value (an empty schema, <c>true</c>).</summary>
public sealed record AnyType : TypeRef;

/// <summary>A schema that accepts nothing (<c>false</c>, <c>not: {}</c>).</summary>
public sealed record NeverType : TypeRef;

/// <summary>An anonymous union used in place (e.g. an inline oneOf, or an operation with several messages).</summary>
public sealed record UnionTypeRef(Union Union) : TypeRef;

/// <summary>An inline intersection (allOf that could not be flattened into a record).</summary>
public sealed record IntersectionTypeRef(ImmutableArray<TypeRef> Members) : TypeRef;
