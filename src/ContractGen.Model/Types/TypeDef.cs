using System.Collections.Immutable;

namespace ContractGen.Model;

/// <summary>A named type. <see cref="Element.Id"/> is its stable identity; <see cref="Name"/> the short name.</summary>
public abstract record TypeDef : Element
{
    public required string Name { get; init; }

    /// <summary>True when the reader invented the name (an inline schema hoisted out of its parent).</summary>
    public bool Synthesized { get; init; }

    /// <summary>Id of the enclosing type for nested proto types; null at top level.</summary>
    public string? ParentId { get; init; }
}

/// <summary>A record / message / object schema.</summary>
public sealed record RecordDef : TypeDef
{
    public ImmutableArray<FieldDef> Fields { get; init; } = ImmutableArray<FieldDef>.Empty;

    /// <summary>Proto oneofs and other groups of mutually exclusive fields, as unions whose members name fields.</summary>
    public ImmutableArray<Union> Oneofs { get; init; } = ImmutableArray<Union>.Empty;

    /// <summary>Type of additional properties; null = not allowed (proto) or unspecified (see <see cref="AdditionalPropertiesAllowed"/>).</summary>
    public TypeRef? AdditionalProperties { get; init; }

    /// <summary>JSON Schema default is true; false when the schema says additionalProperties: false, and for proto messages.</summary>
    public bool AdditionalPropertiesAllowed { get; init; } = true;

    /// <summary>Types this record extends (allOf with references).</summary>
    public ImmutableArray<TypeRef> Bases { get; init; } = ImmutableArray<TypeRef>.Empty;

    /// <summary>Proto reserved field numbers (ranges, inclusive) and names.</summary>
    public ImmutableArray<NumberRange> ReservedNumbers { get; init; } = ImmutableArray<NumberRange>.Empty;
    public ImmutableArray<string> ReservedNames { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Proto extension ranges (inclusive).</summary>
    public ImmutableArray<NumberRange> ExtensionRanges { get; init; } = ImmutableArray<NumberRange>.Empty;

    /// <summary>Proto map-entry message synthesized by protoc.</summary>
    public bool IsMapEntry { get; init; }

    public Constraints Constraints { get; init; } = Constraints.None;
}

public readonly record struct NumberRange(long Start, long End);

public enum FieldPresence
{
    /// <summary>Proto3 implicit presence / JSON Schema optional property.</summary>
    Implicit,
    /// <summary>Explicit presence: proto2 optional, proto3 optional, message fields.</summary>
    Explicit,
    /// <summary>proto2 required, or OpenAPI required property, or field_behavior REQUIRED.</summary>
    Required,
}

public enum FieldCardinality
{
    Singular,
    Repeated,
    Map,
}

/// <summary>A field of a record (and the base of <see cref="ExtensionField"/>, a field declared outside its record).</summary>
public record FieldDef : Element
{
    /// <summary>The name as written in the contract (proto field name; OpenAPI property name).</summary>
    public required string Name { get; init; }

    /// <summary>The JSON name (proto json_name or its default lowerCamelCase; OpenAPI property name).</summary>
    public required string JsonName { get; init; }

    /// <summary>True when the proto field has an explicit json_name option.</summary>
    public bool JsonNameExplicit { get; init; }

    public required TypeRef Type { get; init; }

    /// <summary>Proto field number; null for JSON Schema properties.</summary>
    public int? Number { get; init; }

    public FieldPresence Presence { get; init; } = FieldPresence.Implicit;

    public FieldCardinality Cardinality { get; init; } = FieldCardinality.Singular;

    public bool ReadOnly { get; init; }

    public bool WriteOnly { get; init; }

    /// <summary>Name of the proto oneof this field belongs to (null for synthetic proto3-optional oneofs).</summary>
    public string? Oneof { get; init; }

    /// <summary>google.api.field_behavior values, e.g. REQUIRED, OUTPUT_ONLY, IMMUTABLE.</summary>
    public ImmutableArray<string> Behaviors { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Proto: packed encoding explicitly set; null = default.</summary>
    public bool? Packed { get; init; }

    /// <summary>Proto: the field's ctype/jstype options and similar as "name=value".</summary>
    public ImmutableArray<string> Options { get; init; } = ImmutableArray<string>.Empty;

    public bool IsRequired => Presence == FieldPresence.Required;
}

public sealed record EnumDef : TypeDef
{
    public ImmutableArray<EnumValue> Values { get; init; } = ImmutableArray<EnumValue>.Empty;

    /// <summary>Open enums accept unknown values (proto3); closed reject them (proto2, JSON Schema enum).</summary>
    public bool Closed { get; init; }

    /// <summary>JSON kind of the values (string for proto enums' JSON form and most OpenAPI enums).</summary>
    public ScalarKind ValueKind { get; init; } = ScalarKind.String;

    public ImmutableArray<NumberRange> ReservedNumbers { get; init; } = ImmutableArray<NumberRange>.Empty;
    public ImmutableArray<string> ReservedNames { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Proto allow_alias.</summary>
    public bool AllowAlias { get; init; }
}

/// <summary>An enum member: proto name+number, or a JSON Schema enum literal (Name = the literal's text, Value = JSON text).</summary>
public sealed record EnumValue : Element
{
    public required string Name { get; init; }

    public long? Number { get; init; }

    /// <summary>JSON text of the value as it appears on the wire.</summary>
    public required string Value { get; init; }
}

/// <summary>A named union (oneOf / anyOf schema).</summary>
public sealed record UnionDef : TypeDef
{
    public required Union Union { get; init; }
}

/// <summary>A named alias for another type (an OpenAPI component that is a scalar, array or map).</summary>
public sealed record AliasDef : TypeDef
{
    public required TypeRef Target { get; init; }
}
