using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>
/// The properties an object schema really has: those of its allOf bases (<see cref="RecordDef.Bases"/>, resolved on
/// the same side, recursively) and its own, its own winning. Without them, wrapping a $ref in
/// <c>allOf: [$ref, {extra}]</c> would look like removing every property of the referenced schema.
/// </summary>
internal static class EffectiveFields
{
    public static IReadOnlyDictionary<string, FieldDef> Of(RecordDef record, ModelIndex side)
    {
        var fields = new Dictionary<string, FieldDef>(StringComparer.Ordinal);
        Add(record, side, fields, new HashSet<string>(StringComparer.Ordinal), 0);
        return fields;
    }

    private static void Add(RecordDef record, ModelIndex side, Dictionary<string, FieldDef> fields, HashSet<string> seen, int depth)
    {
        if (depth > 16 || !seen.Add(record.Id))
        {
            return;
        }

        foreach (var b in record.Bases)
        {
            if (side.Resolve(b).Record is { } baseRecord)
            {
                Add(baseRecord, side, fields, seen, depth + 1);
            }
        }

        foreach (var field in record.Fields)
        {
            // A base that makes a property required keeps it required when the record repeats it optionally.
            fields[field.Name] = fields.TryGetValue(field.Name, out var inherited) && inherited.Presence == FieldPresence.Required && field.Presence != FieldPresence.Required
                ? field with { Presence = FieldPresence.Required }
                : field;
        }
    }
}
