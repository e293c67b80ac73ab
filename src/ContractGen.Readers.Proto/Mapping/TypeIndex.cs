using Google.Protobuf.Reflection;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>A message or enum of the descriptor set, with its place: file, parent, descriptor path and features.</summary>
internal sealed record TypeEntry(string FullName, ProtoFile File, string? ParentFullName, string SourcePath, Features Features)
{
    public DescriptorProto? Message { get; init; }

    public EnumDescriptorProto? Enum { get; init; }

    public bool IsMapEntry => Message?.Options?.MapEntry == true;

    public string Name => Message?.Name ?? Enum!.Name;
}

/// <summary>Every message and enum of every file of the set, by fully-qualified name (no leading dot).</summary>
internal sealed class TypeIndex
{
    private readonly Dictionary<string, TypeEntry> _types = new(StringComparer.Ordinal);

    public IEnumerable<TypeEntry> All => _types.Values;

    public bool TryGet(string fullName, out TypeEntry entry) => _types.TryGetValue(fullName, out entry!);

    public void AddFile(ProtoFile file)
    {
        var prefix = file.Package.Length == 0 ? "" : file.Package + ".";
        for (var i = 0; i < file.Proto.MessageType.Count; i++)
        {
            AddMessage(file, file.Proto.MessageType[i], prefix, null, $"4.{i}", file.Features);
        }

        for (var i = 0; i < file.Proto.EnumType.Count; i++)
        {
            var e = file.Proto.EnumType[i];
            _types.TryAdd(prefix + e.Name, new TypeEntry(prefix + e.Name, file, null, $"5.{i}", file.Features.With(e.Options?.Features)) { Enum = e });
        }
    }

    private void AddMessage(ProtoFile file, DescriptorProto m, string prefix, string? parent, string path, Features outer)
    {
        var name = prefix + m.Name;
        var features = outer.With(m.Options?.Features);
        _types.TryAdd(name, new TypeEntry(name, file, parent, path, features) { Message = m });
        for (var i = 0; i < m.NestedType.Count; i++)
        {
            AddMessage(file, m.NestedType[i], name + ".", name, $"{path}.3.{i}", features);
        }

        for (var i = 0; i < m.EnumType.Count; i++)
        {
            var e = m.EnumType[i];
            _types.TryAdd(name + "." + e.Name, new TypeEntry(name + "." + e.Name, file, name, $"{path}.4.{i}", features.With(e.Options?.Features)) { Enum = e });
        }
    }
}
