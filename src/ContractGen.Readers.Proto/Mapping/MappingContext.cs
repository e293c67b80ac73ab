using ContractGen.Model;
using Google.Protobuf.Reflection;
using Type = Google.Protobuf.Reflection.FieldDescriptorProto.Types.Type;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>State shared by the element mappers of one run: the type index, diagnostics and the types still to emit.</summary>
internal sealed class MappingContext(TypeIndex index, DiagnosticBag diagnostics)
{
    private readonly HashSet<string> _wanted = new(StringComparer.Ordinal);
    private readonly Queue<string> _queue = new();
    private readonly HashSet<(string, SourceSpan)> _unresolved = new();

    public TypeIndex Index => index;

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>Asks for a type to be in the model (types of imported files are emitted only when referenced).</summary>
    public void Want(string fullName)
    {
        if (_wanted.Add(fullName))
        {
            _queue.Enqueue(fullName);
        }
    }

    public bool TryNextWanted(out string fullName) => _queue.TryDequeue(out fullName!);

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
            if (_unresolved.Add((name, at)))
            {
                diagnostics.Error(ProtoCodes.UnresolvedType, $"type '{field.TypeName}' of field '{field.Name}' is not defined in the descriptor set", at);
            }

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
            if (_unresolved.Add((name, at)))
            {
                diagnostics.Error(ProtoCodes.UnresolvedType, $"type '{typeName}' is not defined in the descriptor set", at);
            }
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
