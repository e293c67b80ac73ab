using ContractGen.Model;

namespace ContractGen.Readers.Tests.Parity;

/// <summary>
/// The JSON shape of a type, coarse enough that proto, OpenAPI and AsyncAPI spell it the same way: all integer kinds are
/// <c>integer</c>, <c>Timestamp</c> and <c>format: date-time</c> are <c>timestamp</c>, <c>Duration</c> and
/// <c>FieldMask</c> are strings (their JSON form), <c>Struct</c> and <c>additionalProperties: true</c> are
/// <c>map&lt;any&gt;</c>, wrappers and <c>[T, 'null']</c> are <c>T?</c>, aliases are resolved, and named records, enums
/// and unions print their short name (and are reported so the caller can print them too).
/// </summary>
internal sealed class CoarseTypes(ContractModel model, Action<TypeDef> reached)
{
    public string Of(TypeRef type) => Of(type, type.Nullable);

    /// <summary>The coarse type of a field, honouring its cardinality when the reader kept the element type.</summary>
    public string Of(FieldDef field) => field.Cardinality switch
    {
        FieldCardinality.Repeated when field.Type is not ListType => $"list<{Of(field.Type)}>",
        FieldCardinality.Map when field.Type is not MapType => $"map<{Of(field.Type)}>",
        _ => Of(field.Type),
    };

    /// <summary>A record with no properties but additionalProperties is a map; returns null otherwise.</summary>
    public string? AsMap(RecordDef record) =>
        record.Fields.IsEmpty && record.Oneofs.IsEmpty && record.Bases.IsEmpty && record.AdditionalProperties is { } value
            ? $"map<{Of(value)}>"
            : null;

    private string Of(TypeRef type, bool nullable)
    {
        var text = type switch
        {
            ScalarType s => Scalar(s),
            WellKnownType w => WellKnown(w.Kind, ref nullable),
            ListType l => $"list<{Of(l.Item)}>",
            MapType m => $"map<{Of(m.Value)}>",
            AnyType => "any",
            NeverType => "never",
            NamedTypeRef n => Named(n.TypeId),
            UnionTypeRef u => "oneof(" + string.Join("|", u.Union.Members.Select(m => Of(m.Type)).Order(StringComparer.Ordinal)) + ")",
            IntersectionTypeRef i => "allof(" + string.Join("&", i.Members.Select(Of)) + ")",
            _ => type.GetType().Name,
        };
        return nullable && !text.EndsWith('?') ? text + "?" : text;
    }

    private string Named(string id)
    {
        switch (model.FindType(id))
        {
            case null:
                return "unresolved:" + id;
            case AliasDef alias:
                return Of(alias.Target);
            case RecordDef record when AsMap(record) is { } map:
                return map;
            case var def:
                reached(def);
                return def.Name;
        }
    }

    private static string Scalar(ScalarType s) => s.Kind switch
    {
        ScalarKind.Bool => "bool",
        ScalarKind.String when s.Format == "date-time" => "timestamp",
        ScalarKind.String when s.Format == "byte" => "bytes",
        ScalarKind.String => "string",
        ScalarKind.Bytes => "bytes",
        ScalarKind.Float or ScalarKind.Double or ScalarKind.Number => "number",
        ScalarKind.Null => "null",
        _ => "integer",
    };

    private static string WellKnown(WellKnownKind kind, ref bool nullable)
    {
        switch (kind)
        {
            case WellKnownKind.Timestamp:
                return "timestamp";
            case WellKnownKind.Duration or WellKnownKind.FieldMask:
                return "string";
            case WellKnownKind.Struct:
                return "map<any>";
            case WellKnownKind.Value:
                return "any";
            case WellKnownKind.ListValue:
                return "list<any>";
            case WellKnownKind.Empty:
                return "empty";
            case WellKnownKind.Any:
                return "any-message";
            case WellKnownKind.NullValue:
                return "null";
        }

        nullable = true;
        return kind switch
        {
            WellKnownKind.BoolValue => "bool",
            WellKnownKind.StringValue => "string",
            WellKnownKind.BytesValue => "bytes",
            WellKnownKind.DoubleValue or WellKnownKind.FloatValue => "number",
            _ => "integer",
        };
    }
}
