using System.Collections.Immutable;
using ContractGen.Model;

namespace ContractGen.Breaking;

public enum SchemaKind
{
    Scalar,
    Object,
    Array,
    Map,
    Union,
    Any,
    Never,
    WellKnown,
    Intersection,
    Unresolved,
}

/// <summary>
/// A type use with named references, aliases and enums resolved against one side's model: what rules compare.
/// Enums are scalars with <see cref="EnumValues"/>.
/// </summary>
public sealed record SchemaView
{
    public required TypeRef Ref { get; init; }

    public required SchemaKind Kind { get; init; }

    /// <summary>Id of the named type the use resolved through (the last one, after aliases), if any.</summary>
    public string? TypeId { get; init; }

    public TypeDef? Definition { get; init; }

    public ScalarType? Scalar { get; init; }

    public ScalarKind? ScalarKind => Scalar?.Kind ?? (Definition is EnumDef e ? e.ValueKind : null);

    public RecordDef? Record { get; init; }

    public Union? Union { get; init; }

    public TypeRef? Item { get; init; }

    public ImmutableArray<string> EnumValues { get; init; } = ImmutableArray<string>.Empty;

    public Constraints Constraints { get; init; } = Constraints.None;

    public bool Nullable { get; init; }

    /// <summary>The JSON type name: string, integer, number, boolean, object, array, null; "any"/"never"/"union" otherwise.</summary>
    public string JsonType => Kind switch
    {
        SchemaKind.Scalar => JsonTypes.Of(ScalarKind ?? Model.ScalarKind.String),
        SchemaKind.Object or SchemaKind.Map => "object",
        SchemaKind.Array => "array",
        SchemaKind.WellKnown => JsonTypes.Of(((WellKnownType)Ref).Kind),
        SchemaKind.Union => "union",
        SchemaKind.Never => "never",
        SchemaKind.Intersection => "object",
        _ => "any",
    };

    /// <summary>The format: explicit, or implied by a sized proto kind.</summary>
    public string? Format => Scalar?.Format ?? (Scalar is { } s ? JsonTypes.ImpliedFormat(s.Kind) : null);
}

internal static class JsonTypes
{
    public static string Of(ScalarKind kind) => kind switch
    {
        ScalarKind.Bool => "boolean",
        ScalarKind.String or ScalarKind.Bytes => "string",
        ScalarKind.Float or ScalarKind.Double or ScalarKind.Number => "number",
        ScalarKind.Null => "null",
        _ => "integer",
    };

    public static string Of(WellKnownKind kind) => kind switch
    {
        WellKnownKind.Timestamp or WellKnownKind.Duration or WellKnownKind.FieldMask or WellKnownKind.StringValue
            or WellKnownKind.BytesValue or WellKnownKind.Int64Value or WellKnownKind.UInt64Value => "string",
        WellKnownKind.DoubleValue or WellKnownKind.FloatValue => "number",
        WellKnownKind.Int32Value or WellKnownKind.UInt32Value => "integer",
        WellKnownKind.BoolValue => "boolean",
        WellKnownKind.ListValue => "array",
        WellKnownKind.Value or WellKnownKind.NullValue => "any",
        _ => "object",
    };

    public static string? ImpliedFormat(ScalarKind kind) => kind switch
    {
        ScalarKind.Int32 or ScalarKind.SInt32 or ScalarKind.SFixed32 => "int32",
        ScalarKind.Int64 or ScalarKind.SInt64 or ScalarKind.SFixed64 => "int64",
        ScalarKind.UInt32 or ScalarKind.Fixed32 => "uint32",
        ScalarKind.UInt64 or ScalarKind.Fixed64 => "uint64",
        ScalarKind.Float => "float",
        ScalarKind.Double => "double",
        ScalarKind.Bytes => "byte",
        _ => null,
    };
}
