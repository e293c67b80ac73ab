using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>Two resolved uses of a schema at the same place (a parameter, body, property, item…) with the data direction.</summary>
public sealed class SchemaPair(PairScope scope, SchemaView previous, SchemaView current, Direction direction, SourceSpan location)
    : Pair(scope)
{
    public SchemaView Previous { get; } = previous;

    public SchemaView Current { get; } = current;

    public Direction Direction { get; } = direction;

    public override SourceSpan DefaultLocation { get; } = location;
}

/// <summary>A property of two paired object schemas, by name; either side may be missing.</summary>
public sealed class PropertyPair(PairScope scope, RecordDef previousRecord, RecordDef currentRecord, FieldDef? previous, FieldDef? current, Direction direction)
    : Pair(scope)
{
    public RecordDef PreviousRecord { get; } = previousRecord;

    public RecordDef CurrentRecord { get; } = currentRecord;

    public FieldDef? Previous { get; } = previous;

    public FieldDef? Current { get; } = current;

    /// <summary>The direction with readOnly (response-only) and writeOnly (request-only) properties taken into account.</summary>
    public Direction Direction { get; } = direction;

    public string Name => (Current ?? Previous)!.Name;

    public override SourceSpan DefaultLocation =>
        Current is { Span.IsKnown: true } c ? c.Span : CurrentRecord.Span.IsKnown ? CurrentRecord.Span : Previous?.Span ?? SourceSpan.None;
}
