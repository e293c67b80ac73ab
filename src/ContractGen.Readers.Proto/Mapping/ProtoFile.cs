using Google.Protobuf.Reflection;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>One file of the descriptor set, with what mapping needs about it.</summary>
internal sealed class ProtoFile
{
    /// <param name="sourceInfo">The file's SourceCodeInfo still serialized (see <see cref="DescriptorSetLoader.ParseLazily"/>);
    /// null to read <c>proto.SourceCodeInfo</c>.</param>
    /// <param name="textOnDisk"><paramref name="displayPath"/> is the .proto source this descriptor was compiled from (so
    /// <see cref="Text"/> may read it); false for the files of a prebuilt set, whose sources are not inputs.</param>
    public ProtoFile(FileDescriptorProto proto, string displayPath, bool isUserFile, bool useSourceInfo, ReadOnlyMemory<byte>? sourceInfo = null, bool textOnDisk = false)
    {
        Proto = proto;
        DisplayPath = displayPath;
        IsUserFile = isUserFile;
        _textOnDisk = textOnDisk;
        Features = Features.ForFile(proto);
        _text = new Lazy<SourceText?>(ReadText);
        Source = !useSourceInfo ? SourceIndex.Empty(displayPath)
            : sourceInfo is { } raw ? SourceIndex.FromBytes(displayPath, raw)
            : proto.SourceCodeInfo is not null ? SourceIndex.Build(displayPath, proto.SourceCodeInfo)
            : SourceIndex.Empty(displayPath);
    }

    private readonly Lazy<SourceText?> _text;
    private readonly bool _textOnDisk;

    public FileDescriptorProto Proto { get; }

    /// <summary>
    /// The file's text when it is a .proto source protoc compiled (user files), for exact locations inside options; null
    /// for the files of a prebuilt set, which are located by their source info alone.
    /// </summary>
    public SourceText? Text => _text.Value;

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

    private SourceText? ReadText()
    {
        try
        {
            return _textOnDisk && IsUserFile && DisplayPath.EndsWith(".proto", StringComparison.OrdinalIgnoreCase) && File.Exists(DisplayPath)
                ? SourceText.Read(DisplayPath)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static string EditionName(Edition edition) => (int)edition switch
    {
        1000 => "2023",
        1001 => "2024",
        _ => edition.ToString().TrimStart('_').ToLowerInvariant(),
    };
}
