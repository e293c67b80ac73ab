using ContractGen.Model;

namespace ContractGen.Breaking.Rules.Proto;

/// <summary>Protobuf facts the rules share: field kinds and type names, cardinality, wire and JSON compatibility groups (§6).</summary>
internal static class ProtoFacts
{
    /// <summary>The element type of a field (repeated fields may carry a list type).</summary>
    public static TypeRef ItemType(FieldDef field) => field.Type is ListType l && field.Cardinality == FieldCardinality.Repeated ? l.Item : field.Type;

    /// <summary>protoc's kind name: int32 … bytes, enum, message.</summary>
    public static string Kind(FieldDef field, ModelIndex side) => ItemType(field) switch
    {
        ScalarType s => s.Kind.ToString().ToLowerInvariant(),
        NamedTypeRef n => side.FindType(n.TypeId) is EnumDef ? "enum" : "message",
        _ => "message",
    };

    /// <summary>Full name of a message or enum type, a map's shape, or null for scalars.</summary>
    public static string? TypeName(FieldDef field, ModelIndex side) => ItemType(field) switch
    {
        NamedTypeRef n => n.TypeId,
        WellKnownType w => "google.protobuf." + w.Kind,
        MapType m => $"map<{Describe(m.Key)}, {Describe(m.Value)}>",
        _ => null,
    };

    private static string Describe(TypeRef type) => type switch
    {
        ScalarType s => s.Kind.ToString().ToLowerInvariant(),
        NamedTypeRef n => n.TypeId,
        WellKnownType w => "google.protobuf." + w.Kind,
        _ => type.GetType().Name,
    };

    /// <summary>proto2 <c>required</c> (the model also marks field_behavior REQUIRED as required presence; that is not a label).</summary>
    public static bool LabelRequired(FieldDef field) => field.Presence == FieldPresence.Required && !field.Behaviors.Contains("REQUIRED");

    public const string OptionalExplicit = "optional with explicit presence", OptionalImplicit = "optional with implicit presence";

    /// <summary>buf's cardinality, in its words: repeated, map, required, optional with explicit or with implicit presence.</summary>
    public static string Cardinality(FieldDef field, ModelIndex side, RecordDef owner)
    {
        if (field.Cardinality != FieldCardinality.Singular)
        {
            return field.Cardinality == FieldCardinality.Map ? "map" : "repeated";
        }

        if (LabelRequired(field))
        {
            return "required";
        }

        if (field.Presence == FieldPresence.Required)
        {
            // field_behavior REQUIRED hides the presence: message, oneof and non-proto3 fields have explicit presence.
            var proto3 = side.DocumentOf(owner)?.SpecVersion == "proto3";
            return !proto3 || field.Oneof is not null || ItemType(field) is NamedTypeRef { } n && side.FindType(n.TypeId) is RecordDef || ItemType(field) is WellKnownType
                ? OptionalExplicit : OptionalImplicit;
        }

        return field.Presence == FieldPresence.Explicit ? OptionalExplicit : OptionalImplicit;
    }

    public static int WireGroup(string kind) => kind switch
    {
        "int32" or "int64" or "uint32" or "uint64" or "bool" => 1,
        "sint32" or "sint64" => 2,
        "string" => 3,
        "bytes" => 4,
        "fixed32" or "sfixed32" => 5,
        "fixed64" or "sfixed64" => 6,
        "double" => 7,
        "float" => 8,
        "enum" => 11,
        _ => 10,
    };

    public static int WireJsonGroup(string kind) => kind switch
    {
        "int32" or "uint32" => 1,
        "int64" or "uint64" => 2,
        "fixed32" or "sfixed32" => 3,
        "fixed64" or "sfixed64" => 4,
        _ => 100 + WireGroup(kind) * 2 + (kind == "sint64" ? 1 : 0),
    };

    /// <summary>buf's wire groups of cardinalities: optional (either presence) | required | repeated and map.</summary>
    public static int WireCardinalityGroup(string cardinality) => cardinality switch
    {
        "required" => 2,
        "repeated" or "map" => 3,
        _ => 1,
    };

    /// <summary>As <see cref="WireCardinalityGroup"/>, but map and repeated differ in JSON (object vs array).</summary>
    public static int WireJsonCardinalityGroup(string cardinality) => cardinality == "map" ? 4 : WireCardinalityGroup(cardinality);

    /// <summary>buf's subject of a field finding; an extension is named by its full name on its extendee's full name.</summary>
    public static string Describe(FieldDef field, RecordDef record, bool named = true) => field is ExtensionField e
        ? $"Extension \"{e.Number}\"" + (named ? $" with name \"{e.Id}\"" : "") + $" on message \"{e.Extendee.TypeId}\""
        : $"Field \"{field.Number}\"" + (named ? $" with name \"{field.Name}\"" : "") + $" on message \"{record.Name}\"";

    /// <summary>The name a field is known by: its name, or an extension's full name.</summary>
    public static string NameOf(FieldDef field) => field is ExtensionField ? field.Id : field.Name;

    /// <summary>The subject of our own field findings: <c>Field "name" on message "Book"</c>, <c>Extension "acme.v1.note" on message "acme.v1.Book"</c>.</summary>
    public static string Subject(FieldDef field, RecordDef record) => field is ExtensionField e
        ? $"Extension \"{e.Id}\" on message \"{e.Extendee.TypeId}\""
        : $"Field \"{field.Name}\" on message \"{record.Name}\"";

    public static bool InReserved(long number, IEnumerable<NumberRange> ranges) => ranges.Any(r => number >= r.Start && number <= r.End);

    /// <summary>Name of a type inside its package (Outer.Inner).</summary>
    public static string NestedName(Element type, ModelIndex side)
    {
        var package = side.DocumentOf(type)?.Package;
        return !string.IsNullOrEmpty(package) && type.Id.StartsWith(package + ".", StringComparison.Ordinal) ? type.Id[(package.Length + 1)..] : type.Id;
    }

    /// <summary>Where a deletion from a file is reported: the closest surviving parent type, else the current file.</summary>
    public static SourceSpan DeletionSite(TypeDef deleted, ModelIndex current, SourceDocument? currentFile)
    {
        for (var parent = deleted.ParentId; parent is not null; parent = current.FindType(parent)?.ParentId ?? TrimLast(parent))
        {
            if (current.FindType(parent) is { } p)
            {
                return p.Span;
            }
        }

        return currentFile is { } f ? FileSite(f) : deleted.Span;
    }

    /// <summary>Where a deleted extension is reported: its closest enclosing message surviving in the current file, else that file.</summary>
    public static SourceSpan DeletionSite(ExtensionField deleted, ModelIndex current, SourceDocument currentFile)
    {
        for (var scope = deleted.ScopeId; scope is not null; scope = TrimLast(scope))
        {
            if (current.FindType(scope) is { } t && current.DocumentOf(t) == currentFile)
            {
                return t.Span;
            }
        }

        return FileSite(currentFile);
    }

    private static SourceSpan FileSite(SourceDocument file) => file.Span with { Line = Math.Max(1, file.Span.Line), Column = Math.Max(1, file.Span.Column) };

    private static string? TrimLast(string id) => id.LastIndexOf('.') is var i and > 0 ? id[..i] : null;

    /// <summary>The request or response type of an RPC by full name.</summary>
    public static string RpcTypeName(TypeRef? type) => type switch
    {
        NamedTypeRef n => n.TypeId,
        WellKnownType w => "google.protobuf." + w.Kind,
        null => "",
        _ => type.ToString(),
    };

    public static bool ClientStreams(Operation o) => o.Streaming is StreamingKind.ClientStreaming or StreamingKind.BidiStreaming;

    public static bool ServerStreams(Operation o) => o.Streaming is StreamingKind.ServerStreaming or StreamingKind.BidiStreaming;

    public static string StreamingMode(bool streaming) => streaming ? "streaming" : "unary";

    /// <summary>Editions <c>features.json_format</c> of a type, inherited from its file; ALLOW when unset.</summary>
    public static string JsonFormat(ModelIndex side, TypeDef type) =>
        (Option(type, "features.json_format") ?? (side.DocumentOf(type) is { } d ? Option(d, "features.json_format") : null))?.Trim('"') ?? "ALLOW";

    /// <summary>A file or element option as stored by the proto reader (JSON text), or null.</summary>
    public static string? Option(Element element, string name) => element.Extensions.GetValueOrDefault("option:" + name);

    /// <summary>A field option stored as "name=value" in <see cref="FieldDef.Options"/>.</summary>
    public static string? FieldOption(FieldDef field, string name) =>
        field.Options.FirstOrDefault(o => o.StartsWith(name + "=", StringComparison.Ordinal)) is { } o ? o[(name.Length + 1)..] : null;
}
