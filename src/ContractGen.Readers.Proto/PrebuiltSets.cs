using System.Collections.Immutable;
using ContractGen.Model;
using ContractGen.Readers.Proto.Mapping;
using ContractGen.Readers.Proto.Protoc;

namespace ContractGen.Readers.Proto;

/// <summary>
/// A prebuilt FileDescriptorSet (protoc --descriptor_set_out, a buf image): every file is the user's except those the
/// bundled includes provide (google/protobuf, google/api, google/rpc, google/type). Documents keep the set's path (the
/// input as given); element spans name the .proto inside the set by import name, so each element can be traced to its
/// file (the breaking checker's FILE rules need that): with line and column when the set carries source info, line 0
/// when it does not. Only what the set holds is read: the .proto files it was built from are not inputs (a file of the
/// same import name in the current folder may be anything), so google.api.http templates are located by source info.
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
            diagnostics.Error(ProtoCodes.InputNotFound, $"cannot read the descriptor set: {IoFailure.Reason(e)}", new SourceSpan(path, 0, 0));
            return null;
        }

        if (DescriptorSetLoader.ParseLazily(bytes, path, diagnostics) is not { Set: var set } decoded)
        {
            return null;
        }

        var bundled = ProtocLocator.BundledIncludeDirectory;
        var users = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in set.File)
        {
            if (!File.Exists(Path.Combine(bundled, f.Name)))
            {
                users.TryAdd(f.Name, f.Name);
            }
        }

        var model = ProtoModelMapper.Map(set, users, diagnostics, sourceInfo: decoded.SourceInfo, userFilesOnDisk: false);
        return model with
        {
            Documents = model.Documents.Select(d => d with { Path = path }).ToImmutableArray(),
        };
    }
}
