using System.Collections.Immutable;
using ContractGen.Model;
using ContractGen.Readers.Proto.Decoding;
using ContractGen.Readers.Proto.Mapping;
using ContractGen.Readers.Proto.Protoc;

namespace ContractGen.Readers.Proto;

/// <summary>
/// A prebuilt FileDescriptorSet (protoc --descriptor_set_out, a buf image): every file is the user's except those the
/// bundled includes provide (google/protobuf, google/api, google/rpc, google/type). Spans point at the set's file
/// with line 0, or into the .proto by import name when the set carries source info.
/// </summary>
internal static class PrebuiltSets
{
    public static ContractModel? Read(string path, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(ProtoCodes.InputNotFound, $"cannot read {path}: {e.Message}", new SourceSpan(path, 0, 0));
            return null;
        }

        if (DescriptorSetLoader.ParseLazily(bytes, path, diagnostics) is not { Set: var set } decoded)
        {
            return null;
        }

        var bundled = ProtocLocator.BundledIncludeDirectory;
        var users = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < set.File.Count; i++)
        {
            var f = set.File[i];
            if (!File.Exists(Path.Combine(bundled, f.Name)))
            {
                users.TryAdd(f.Name, LocationTable.HasLocations(decoded.SourceInfo[i].Span) ? f.Name : path);
            }
        }

        var model = ProtoModelMapper.Map(set, users, diagnostics, sourceInfo: decoded.SourceInfo);
        return model with
        {
            Documents = model.Documents.Select(d => d with { Path = path }).ToImmutableArray(),
        };
    }
}
