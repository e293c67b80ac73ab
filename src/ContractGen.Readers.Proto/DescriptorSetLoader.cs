using ContractGen.Model;
using ContractGen.Readers.Proto.Mapping;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace ContractGen.Readers.Proto;

/// <summary>Decodes a serialized FileDescriptorSet with the google.api extensions registered (http, field_behavior…).</summary>
public static class DescriptorSetLoader
{
    public static ExtensionRegistry Registry => GoogleApiOptions.Registry;

    /// <summary>The set, or null with a located diagnostic when the bytes are not a descriptor set.</summary>
    public static FileDescriptorSet? Parse(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        FileDescriptorSet set;
        try
        {
            set = FileDescriptorSet.Parser.WithExtensionRegistry(Registry).ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException e)
        {
            diagnostics.Error(ProtoCodes.BadDescriptorSet, $"not a FileDescriptorSet: {e.Message}", new SourceSpan(displayPath, 0, 0));
            return null;
        }

        if (set.File.Count == 0)
        {
            diagnostics.Error(ProtoCodes.BadDescriptorSet, "the descriptor set holds no files", new SourceSpan(displayPath, 0, 0));
            return null;
        }

        var bad = set.File.FirstOrDefault(f => !f.HasName || !f.Name.EndsWith(".proto", StringComparison.Ordinal));
        if (bad is not null)
        {
            diagnostics.Error(ProtoCodes.BadDescriptorSet, "not a FileDescriptorSet: a file entry has no .proto name", new SourceSpan(displayPath, 0, 0));
            return null;
        }

        return set;
    }
}
