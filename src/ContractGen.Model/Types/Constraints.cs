using System.Collections.Immutable;

namespace ContractGen.Model;

/// <summary>
/// Value constraints from JSON Schema / protovalidate-style sources. Literal values (enum, const, default, examples)
/// are kept as canonical JSON text so the model stays free of any JSON library type.
/// </summary>
public sealed record Constraints
{
    public static readonly Constraints None = new();

    public decimal? Minimum { get; init; }
    public bool ExclusiveMinimum { get; init; }
    public decimal? Maximum { get; init; }
    public bool ExclusiveMaximum { get; init; }
    public decimal? MultipleOf { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public string? Pattern { get; init; }
    public int? MinItems { get; init; }
    public int? MaxItems { get; init; }
    public bool UniqueItems { get; init; }
    public int? MinProperties { get; init; }
    public int? MaxProperties { get; init; }

    /// <summary>Allowed values (JSON text each); default = no enum restriction.</summary>
    public ImmutableArray<string> Enum { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The single allowed value (JSON text).</summary>
    public string? Const { get; init; }

    /// <summary>Default value (JSON text).</summary>
    public string? Default { get; init; }

    public bool IsEmpty => this == None || Equals(None);

    public bool Equals(Constraints? other) =>
        other is not null &&
        Minimum == other.Minimum && ExclusiveMinimum == other.ExclusiveMinimum &&
        Maximum == other.Maximum && ExclusiveMaximum == other.ExclusiveMaximum &&
        MultipleOf == other.MultipleOf && MinLength == other.MinLength && MaxLength == other.MaxLength &&
        Pattern == other.Pattern && MinItems == other.MinItems && MaxItems == other.MaxItems &&
        UniqueItems == other.UniqueItems && MinProperties == other.MinProperties && MaxProperties == other.MaxProperties &&
        Enum.SequenceEqual(other.Enum) && Const == other.Const && Default == other.Default;

    public override int GetHashCode() => HashCode.Combine(Minimum, Maximum, MinLength, MaxLength, Pattern, Enum.Length, Const, Default);
}
