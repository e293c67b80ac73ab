using System.Collections.Immutable;
using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>Lookups over one side's model: types by id, the document an element was declared in, resolution of type uses.</summary>
public sealed partial class ModelIndex
{
    private readonly Dictionary<string, TypeDef> _types = new(StringComparer.Ordinal);
    // null marks a path several documents share (a descriptor set holds many files).
    private readonly Dictionary<string, SourceDocument?> _documentsByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceDocument> _protoByImportName = new(StringComparer.Ordinal);

    public ModelIndex(ContractModel model, string? root)
    {
        Model = model;
        Root = root;
        foreach (var type in model.Types)
        {
            _types.TryAdd(type.Id, type);
        }

        foreach (var document in model.Documents)
        {
            foreach (var path in new[] { document.Path, Normalize(document.Path) }.Distinct(StringComparer.Ordinal))
            {
                if (!_documentsByPath.TryAdd(path, document) && _documentsByPath[path] != document)
                {
                    _documentsByPath[path] = null;
                }
            }

            if (IsImportName(document))
            {
                _protoByImportName.TryAdd(Normalize(document.Id), document);
            }
        }
    }

    public ContractModel Model { get; }

    /// <summary>The folder the inputs were read from (relative document keys are computed against it).</summary>
    public string? Root { get; }

    public TypeDef? FindType(string id) => _types.GetValueOrDefault(id);

    public SourceDocument? DocumentOf(Element element) =>
        element is SourceDocument d ? d : DocumentOfFile(element.Span.File);

    /// <summary>
    /// The document a span's file belongs to: the document read from that path, else the proto file with that import
    /// name. Elements of a descriptor set (.binpb) name the .proto file inside the set, while all the set's documents
    /// share the set's path, which therefore identifies none of them.
    /// </summary>
    public SourceDocument? DocumentOfFile(string file)
    {
        if (_documentsByPath.TryGetValue(file, out var byPath) && byPath is not null)
        {
            return byPath;
        }

        var normalized = Normalize(file);
        if (_documentsByPath.TryGetValue(normalized, out byPath) && byPath is not null)
        {
            return byPath;
        }

        return _protoByImportName.GetValueOrDefault(normalized);
    }

    private static bool IsImportName(SourceDocument document) =>
        document.Format == ContractFormat.Proto && !Path.IsPathRooted(document.Id) && document.Id.EndsWith(".proto", StringComparison.Ordinal);

    /// <summary>The key that pairs a document with its counterpart: the proto import path, else the path below the input root.</summary>
    public string DocumentKey(SourceDocument document)
    {
        if (!_documentKeys.TryGetValue(document, out var key))
        {
            _documentKeys[document] = key = ComputeDocumentKey(document);
        }

        return key;
    }

    private string ComputeDocumentKey(SourceDocument document)
    {
        if (IsImportName(document))
        {
            return Normalize(document.Id);
        }

        var path = Normalize(document.Path);
        if (Root is not null)
        {
            var root = Normalize(Path.GetFullPath(Root)).TrimEnd('/') + "/";
            var full = Normalize(Path.GetFullPath(document.Path));
            if (full.StartsWith(root, StringComparison.Ordinal))
            {
                return full[root.Length..];
            }

            if (Normalize(Path.GetFullPath(Root)) == full)
            {
                return Path.GetFileName(full);
            }
        }

        return path;
    }

    /// <summary>Document key of the file an element was declared in ("" when unknown).</summary>
    public string FileKeyOf(Element element) => DocumentOf(element) is { } d ? DocumentKey(d) : Normalize(element.Span.File);

    public SchemaView Resolve(TypeRef type)
    {
        var nullable = type.Nullable;
        var constraints = type.Constraints;
        TypeDef? definition = null;
        string? typeId = null;
        var current = type;
        for (var depth = 0; depth < 32 && current is NamedTypeRef named; depth++)
        {
            typeId = named.TypeId;
            definition = FindType(named.TypeId);
            if (definition is AliasDef alias)
            {
                current = alias.Target;
                nullable |= current.Nullable;
                constraints = constraints.IsEmpty ? current.Constraints : constraints;
                continue;
            }

            break;
        }

        var view = new SchemaView { Ref = type, Kind = SchemaKind.Unresolved, TypeId = typeId, Definition = definition, Nullable = nullable, Constraints = constraints };
        return (current, definition) switch
        {
            (NamedTypeRef, RecordDef r) => view with { Kind = SchemaKind.Object, Record = r, Constraints = constraints.IsEmpty ? r.Constraints : constraints },
            (NamedTypeRef, EnumDef e) => view with { Kind = SchemaKind.Scalar, EnumValues = e.Values.Select(v => v.Value).ToImmutableArray() },
            (NamedTypeRef, UnionDef u) => view with { Kind = SchemaKind.Union, Union = u.Union },
            (NamedTypeRef, _) => view,
            (ScalarType s, _) => view with { Kind = SchemaKind.Scalar, Scalar = s, Definition = null, EnumValues = constraints.Enum },
            (ListType l, _) => view with { Kind = SchemaKind.Array, Item = l.Item },
            (MapType m, _) => view with { Kind = SchemaKind.Map, Item = m.Value },
            (UnionTypeRef u, _) => view with { Kind = SchemaKind.Union, Union = u.Union },
            (WellKnownType, _) => view with { Kind = SchemaKind.WellKnown },
            (AnyType, _) => view with { Kind = SchemaKind.Any },
            (NeverType, _) => view with { Kind = SchemaKind.Never },
            (IntersectionTypeRef, _) => view with { Kind = SchemaKind.Intersection },
            _ => view,
        };
    }

    internal static string Normalize(string path) => path.Replace('\\', '/');
}
