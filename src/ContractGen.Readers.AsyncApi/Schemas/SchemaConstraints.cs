using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Json;

namespace ContractGen.Readers.AsyncApi.Schemas;

/// <summary>Reads JSON Schema validation keywords (draft-07 and OpenAPI 3.0 forms) into <see cref="Constraints"/>.</summary>
internal static class SchemaConstraints
{
    public static Constraints Read(JsonObject o)
    {
        var c = new Constraints
        {
            Minimum = o.Number("minimum"),
            Maximum = o.Number("maximum"),
            MultipleOf = o.Number("multipleOf"),
            MinLength = o.Int("minLength"),
            MaxLength = o.Int("maxLength"),
            Pattern = o.Str("pattern"),
            MinItems = o.Int("minItems"),
            MaxItems = o.Int("maxItems"),
            UniqueItems = o.Bool("uniqueItems"),
            MinProperties = o.Int("minProperties"),
            MaxProperties = o.Int("maxProperties"),
            Enum = o.Arr("enum") is { } e ? e.Select(CanonicalJson.Write).ToImmutableArray() : ImmutableArray<string>.Empty,
            Const = o.ContainsKey("const") ? CanonicalJson.Write(o["const"]) : null,
            Default = o.ContainsKey("default") ? CanonicalJson.Write(o["default"]) : null,
        };

        // draft-07: exclusiveMinimum is a number; OpenAPI 3.0: a boolean modifying minimum.
        if (o["exclusiveMinimum"] is JsonValue xmin)
        {
            c = xmin.GetValueKind() == JsonValueKind.Number
                ? c with { Minimum = o.Number("exclusiveMinimum"), ExclusiveMinimum = true }
                : c with { ExclusiveMinimum = xmin.GetValueKind() == JsonValueKind.True && c.Minimum is not null };
        }

        if (o["exclusiveMaximum"] is JsonValue xmax)
        {
            c = xmax.GetValueKind() == JsonValueKind.Number
                ? c with { Maximum = o.Number("exclusiveMaximum"), ExclusiveMaximum = true }
                : c with { ExclusiveMaximum = xmax.GetValueKind() == JsonValueKind.True && c.Maximum is not null };
        }

        return c.IsEmpty ? Constraints.None : c;
    }

    /// <summary>Only the object-level keywords (for records).</summary>
    public static Constraints ForRecord(JsonObject o)
    {
        var c = new Constraints { MinProperties = o.Int("minProperties"), MaxProperties = o.Int("maxProperties") };
        return c.IsEmpty ? Constraints.None : c;
    }
}
