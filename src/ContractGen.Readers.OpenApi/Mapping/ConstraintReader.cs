using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using ContractGen.Model;
using Microsoft.OpenApi;

namespace ContractGen.Readers.OpenApi.Mapping;

/// <summary>
/// Schema constraints. Bounds come from Microsoft.OpenApi, which already folds 3.0 boolean exclusive bounds and 3.1
/// numeric ones into one form; literal values (enum, const, default) are read from the source as canonical JSON.
/// </summary>
internal static class ConstraintReader
{
    public static Constraints Read(IOpenApiSchema schema, JsonNode? raw)
    {
        if (IsUnconstrained(schema, raw))
        {
            return Constraints.None;
        }

        var c = new Constraints
        {
            MultipleOf = schema.MultipleOf,
            MinLength = schema.MinLength,
            MaxLength = schema.MaxLength,
            Pattern = schema.Pattern,
            MinItems = schema.MinItems,
            MaxItems = schema.MaxItems,
            UniqueItems = schema.UniqueItems ?? false,
            MinProperties = schema.MinProperties,
            MaxProperties = schema.MaxProperties,
        };
        if (Number(schema.ExclusiveMinimum) is { } xmin)
        {
            c = c with { Minimum = xmin, ExclusiveMinimum = true };
        }
        else if (Number(schema.Minimum) is { } min)
        {
            c = c with { Minimum = min };
        }

        if (Number(schema.ExclusiveMaximum) is { } xmax)
        {
            c = c with { Maximum = xmax, ExclusiveMaximum = true };
        }
        else if (Number(schema.Maximum) is { } max)
        {
            c = c with { Maximum = max };
        }

        if (raw is JsonObject o)
        {
            if (o["enum"] is JsonArray values)
            {
                c = c with { Enum = values.Select(JsonText.Canonical).Distinct(StringComparer.Ordinal).ToImmutableArray() };
            }

            if (o.TryGetPropertyValue("const", out var constant))
            {
                c = c with { Const = JsonText.Canonical(constant) };
            }

            if (o.TryGetPropertyValue("default", out var def))
            {
                c = c with { Default = JsonText.Canonical(def) };
            }
        }

        return c.Equals(Constraints.None) ? Constraints.None : c;
    }

    /// <summary>Nothing to read (most schemas): the result would equal <see cref="Constraints.None"/>, so skip building it.</summary>
    private static bool IsUnconstrained(IOpenApiSchema schema, JsonNode? raw) =>
        schema.MultipleOf is null && schema.MinLength is null && schema.MaxLength is null && schema.Pattern is null &&
        schema.MinItems is null && schema.MaxItems is null && schema.UniqueItems != true && schema.MinProperties is null &&
        schema.MaxProperties is null && schema.ExclusiveMinimum is null && schema.Minimum is null && schema.ExclusiveMaximum is null &&
        schema.Maximum is null &&
        (raw is not JsonObject o || (!o.ContainsKey("enum") && !o.ContainsKey("const") && !o.ContainsKey("default")));

    private static decimal? Number(string? text) =>
        text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
