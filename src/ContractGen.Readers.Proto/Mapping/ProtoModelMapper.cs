using System.Collections.Immutable;
using ContractGen.Model;
using Google.Protobuf.Reflection;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>
/// FileDescriptorSet → model. The user's files give documents, all their types, services and extensions; types of imported
/// files are added when something in the model references them (and their enclosing types, so ParentId resolves).
/// Well-known types are never model types.
/// </summary>
public static class ProtoModelMapper
{
    /// <param name="set">The decoded set (protoc output or a prebuilt set).</param>
    /// <param name="userFiles">Import name → display path of the user's own files; only those get source info.</param>
    /// <param name="importDisplay">Display path of other files (default: the import name).</param>
    /// <param name="sourceInfo">Per file of the set (same order), its SourceCodeInfo still serialized; null: read each file's SourceCodeInfo.</param>
    /// <param name="userFilesOnDisk">The display paths of the user's files are the .proto sources protoc compiled, which may be
    /// read for exact locations inside options. False for a prebuilt set: only what the set holds is used (its display
    /// paths are import names, and a file of that name in the current folder is not the set's source).</param>
    public static ContractModel Map(FileDescriptorSet set, IReadOnlyDictionary<string, string> userFiles, DiagnosticBag diagnostics,
        Func<string, string>? importDisplay = null, IReadOnlyList<ReadOnlyMemory<byte>>? sourceInfo = null, bool userFilesOnDisk = true)
    {
        var index = new TypeIndex();
        var files = new List<ProtoFile>(set.File.Count);
        for (var i = 0; i < set.File.Count; i++)
        {
            var fd = set.File[i];
            var isUser = userFiles.TryGetValue(fd.Name, out var display);
            var file = new ProtoFile(fd, display ?? importDisplay?.Invoke(fd.Name) ?? fd.Name, isUser, useSourceInfo: isUser, sourceInfo?[i], textOnDisk: isUser && userFilesOnDisk);
            files.Add(file);
            index.AddFile(file);
        }

        var ctx = new MappingContext(index, diagnostics);
        var documents = ImmutableArray.CreateBuilder<SourceDocument>();
        var services = ImmutableArray.CreateBuilder<Service>();
        foreach (var file in files.Where(f => f.IsUserFile))
        {
            documents.Add(FileMapper.Map(file));
            for (var i = 0; i < file.Proto.Service.Count; i++)
            {
                services.Add(ServiceMapper.Map(ctx, file, i));
            }
        }

        foreach (var entry in index.All.Where(e => e.File.IsUserFile))
        {
            ctx.Want(entry.FullName);
        }

        var extensions = files.Where(f => f.IsUserFile).SelectMany(f => ExtensionMapper.Map(ctx, f))
            .Concat(index.All.Where(e => e.File.IsUserFile && e.Message is { Extension.Count: > 0 }).SelectMany(e => ExtensionMapper.Map(ctx, e)))
            .DistinctBy(e => e.Id, StringComparer.Ordinal).OrderBy(e => e.Id, StringComparer.Ordinal).ToImmutableArray();
        var types = new List<TypeDef>();
        while (ctx.TryNextWanted(out var name))
        {
            if (!index.TryGet(name, out var entry) || entry.IsMapEntry || WellKnownTypes.IsWellKnownOrNested(name))
            {
                continue;
            }

            types.Add(entry.Message is not null ? MessageMapper.Map(ctx, entry) : EnumMapper.Map(entry));
            if (entry.ParentFullName is { } parent)
            {
                ctx.Want(parent);
            }
        }

        return new ContractModel
        {
            Documents = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray(),
            Types = types.OrderBy(t => t.Id, StringComparer.Ordinal).ToImmutableArray(),
            Services = services.OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray(),
            ExtensionFields = extensions,
        };
    }
}
