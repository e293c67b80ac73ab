using Google.Protobuf.Reflection;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>One file of the descriptor set, with what mapping needs about it.</summary>
internal sealed class ProtoFile
{
    public ProtoFile(FileDescriptorProto proto, string displayPath, bool isUserFile, bool useSourceInfo)
    {
        Proto = proto;
        DisplayPath = displayPath;
        IsUserFile = isUserFile;
        Features = Features.ForFile(proto);
        Source = useSourceInfo && proto.SourceCodeInfo is not null
            ? SourceIndex.Build(displayPath, proto.SourceCodeInfo)
            : SourceIndex.Empty(displayPath);
    }

    public FileDescriptorProto Proto { get; }

    /// <summary>The path as the user gave it (user files), else the import name.</summary>
    public string DisplayPath { get; }

    /// <summary>One of the user's inputs: its services are read and all its types are in the model.</summary>
    public bool IsUserFile { get; }

    public Features Features { get; }

    public SourceIndex Source { get; }

    public string Package => Proto.Package;

    /// <summary>"proto2", "proto3" or "editions-2023".</summary>
    public string SpecVersion => Proto.Syntax switch
    {
        "proto3" => "proto3",
        "editions" => "editions-" + EditionName(Proto.Edition),
        _ => "proto2",
    };

    public static string EditionName(Edition edition) => (int)edition switch
    {
        1000 => "2023",
        1001 => "2024",
        _ => edition.ToString().TrimStart('_').ToLowerInvariant(),
    };
}
