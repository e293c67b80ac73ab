using ContractGen.Model;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>google.protobuf well-known types: referenced as <see cref="WellKnownType"/>, never emitted as model types.</summary>
internal static class WellKnownTypes
{
    private static readonly Dictionary<string, WellKnownKind> Kinds = new(StringComparer.Ordinal)
    {
        ["google.protobuf.Timestamp"] = WellKnownKind.Timestamp,
        ["google.protobuf.Duration"] = WellKnownKind.Duration,
        ["google.protobuf.Any"] = WellKnownKind.Any,
        ["google.protobuf.Struct"] = WellKnownKind.Struct,
        ["google.protobuf.Value"] = WellKnownKind.Value,
        ["google.protobuf.ListValue"] = WellKnownKind.ListValue,
        ["google.protobuf.NullValue"] = WellKnownKind.NullValue,
        ["google.protobuf.FieldMask"] = WellKnownKind.FieldMask,
        ["google.protobuf.Empty"] = WellKnownKind.Empty,
        ["google.protobuf.DoubleValue"] = WellKnownKind.DoubleValue,
        ["google.protobuf.FloatValue"] = WellKnownKind.FloatValue,
        ["google.protobuf.Int64Value"] = WellKnownKind.Int64Value,
        ["google.protobuf.UInt64Value"] = WellKnownKind.UInt64Value,
        ["google.protobuf.Int32Value"] = WellKnownKind.Int32Value,
        ["google.protobuf.UInt32Value"] = WellKnownKind.UInt32Value,
        ["google.protobuf.BoolValue"] = WellKnownKind.BoolValue,
        ["google.protobuf.StringValue"] = WellKnownKind.StringValue,
        ["google.protobuf.BytesValue"] = WellKnownKind.BytesValue,
    };

    public static bool TryGet(string fullName, out WellKnownKind kind) => Kinds.TryGetValue(fullName, out kind);

    /// <summary>True for the map entry nested in google.protobuf.Struct and other types owned by a well-known type.</summary>
    public static bool IsWellKnownOrNested(string fullName)
    {
        if (Kinds.ContainsKey(fullName))
        {
            return true;
        }

        var dot = fullName.LastIndexOf('.');
        return dot > 0 && Kinds.ContainsKey(fullName[..dot]);
    }

    /// <summary>Kinds whose JSON form is a single string or number, usable as a query or path parameter.</summary>
    public static bool IsScalarLike(WellKnownKind kind) =>
        kind is not (WellKnownKind.Any or WellKnownKind.Struct or WellKnownKind.Value or WellKnownKind.ListValue or WellKnownKind.Empty);
}
