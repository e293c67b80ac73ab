using ContractGen.Model;
using Google.Protobuf.Reflection;
using Type = Google.Protobuf.Reflection.FieldDescriptorProto.Types.Type;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>
/// State of one unit of mapping work (a user file, or one type), which may run in parallel with others: the shared
/// read-only type index, the unit's own diagnostics, the types it asks for and its unresolved-type errors (kept apart
/// so that the merge reports each (type, place) once across units, as one serial run did).
/// </summary>
internal sealed class MappingContext(TypeIndex index)
{
    private readonly HashSet<string> _wantedSet = new(StringComparer.Ordinal);
    private readonly HashSet<(string, SourceSpan)> _unresolvedKeys = new();

    public TypeIndex Index => index;

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>The types this unit asked for, in the order it asked, each once.</summary>
    public List<string> Wanted { get; } = new();

    /// <summary>Unresolved-type errors with their (type, place) key, in the order they were found.</summary>
    public List<((string, SourceSpan) Key, Diagnostic Diagnostic)> Unresolved { get; } = new();

    /// <summary>Asks for a type to be in the model (types of imported files are emitted only when referenced).</summary>
    public void Want(string fullName)
    {
        if (_wantedSet.Add(fullName))
        {
            Wanted.Add(fullName);
        }
    }

    private void ReportUnresolved(string name, SourceSpan at, string message)
    {
        if (_unresolvedKeys.Add((name, at)))
        {
            Unresolved.Add(((name, at), Diagnostic.Error(ProtoCodes.UnresolvedType, message, at)));
        }
    }

    /// <summary>The model type of a field (element type for repeated fields; <see cref="MapType"/> for map fields).</summary>
    public TypeRef FieldType(FieldDescriptorProto field, SourceSpan at, out bool isMap)
    {
        isMap = false;
        if (field.Type is not (Type.Message or Type.Group or Type.Enum) && field.Type != 0)
        {
            return new ScalarType(Scalar(field.Type));
        }

        var name = field.TypeName.TrimStart('.');
        if (WellKnownTypes.TryGet(name, out var wkt))
        {
            return new WellKnownType(wkt);
        }

        if (!index.TryGet(name, out var entry))
        {
            ReportUnresolved(name, at, $"type '{field.TypeName}' of field '{field.Name}' is not defined in the descriptor set");

            return new NamedTypeRef(name);
        }

        if (entry.IsMapEntry && field.Label == FieldDescriptorProto.Types.Label.Repeated)
        {
            isMap = true;
            var key = entry.Message!.Field.FirstOrDefault(f => f.Number == 1);
            var value = entry.Message.Field.FirstOrDefault(f => f.Number == 2);
            return new MapType(key is null ? new ScalarType(ScalarKind.String) : FieldType(key, at, out _),
                value is null ? new AnyType() : FieldType(value, at, out _));
        }

        Want(name);
        return new NamedTypeRef(name);
    }

    /// <summary>The model type of a method's input or output.</summary>
    public TypeRef MessageType(string typeName, SourceSpan at)
    {
        var name = typeName.TrimStart('.');
        if (WellKnownTypes.TryGet(name, out var wkt))
        {
            return new WellKnownType(wkt);
        }

        if (!index.TryGet(name, out _))
        {
            ReportUnresolved(name, at, $"type '{typeName}' is not defined in the descriptor set");
        }
        else
        {
            Want(name);
        }

        return new NamedTypeRef(name);
    }

    public static ScalarKind Scalar(Type type) => type switch
    {
        Type.Double => ScalarKind.Double,
        Type.Float => ScalarKind.Float,
        Type.Int64 => ScalarKind.Int64,
        Type.Uint64 => ScalarKind.UInt64,
        Type.Int32 => ScalarKind.Int32,
        Type.Fixed64 => ScalarKind.Fixed64,
        Type.Fixed32 => ScalarKind.Fixed32,
        Type.Bool => ScalarKind.Bool,
        Type.String => ScalarKind.String,
        Type.Bytes => ScalarKind.Bytes,
        Type.Uint32 => ScalarKind.UInt32,
        Type.Sfixed32 => ScalarKind.SFixed32,
        Type.Sfixed64 => ScalarKind.SFixed64,
        Type.Sint32 => ScalarKind.SInt32,
        Type.Sint64 => ScalarKind.SInt64,
        _ => ScalarKind.String,
    };
}
