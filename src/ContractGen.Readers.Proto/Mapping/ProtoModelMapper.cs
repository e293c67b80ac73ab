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
        Func<string, string>? importDisplay = null, IReadOnlyList<ReadOnlyMemory<byte>>? sourceInfo = null, bool userFilesOnDisk = true) =>
        Map(set, userFiles, diagnostics, importDisplay, sourceInfo, userFilesOnDisk, Environment.ProcessorCount);

    /// <param name="parallelism">How many units (files, types) are mapped at once; the model and the diagnostics are the
    /// same for every value (units report into their own context, merged in a fixed order).</param>
    internal static ContractModel Map(FileDescriptorSet set, IReadOnlyDictionary<string, string> userFiles, DiagnosticBag diagnostics,
        Func<string, string>? importDisplay, IReadOnlyList<ReadOnlyMemory<byte>>? sourceInfo, bool userFilesOnDisk, int parallelism)
    {
        var files = new ProtoFile[set.File.Count];
        MappingUnits.For(files.Length, parallelism, i =>
        {
            var fd = set.File[i];
            var isUser = userFiles.TryGetValue(fd.Name, out var display);
            files[i] = new ProtoFile(fd, display ?? importDisplay?.Invoke(fd.Name) ?? fd.Name, isUser, useSourceInfo: isUser, sourceInfo?[i], textOnDisk: isUser && userFilesOnDisk);
        });

        var index = new TypeIndex();
        foreach (var file in files)
        {
            index.AddFile(file);
        }

        var units = new MappingUnits(index, diagnostics, parallelism);
        var userFileList = Array.FindAll(files, f => f.IsUserFile);
        var fileUnits = units.Run(userFileList, MapFile);
        var scoped = index.All.Where(e => e.File.IsUserFile && e.Message is { Extension.Count: > 0 }).ToList();
        var scopedUnits = units.Run(scoped, (ctx, e) => ExtensionMapper.Map(ctx, e).ToList());

        // The types in the model: those of the user's files and, transitively, every type something in the model
        // references (with its enclosing types), mapped wave by wave; each wave's units run in parallel.
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var frontier = new List<string>();
        void Want(IEnumerable<string> names)
        {
            foreach (var name in names)
            {
                if (wanted.Add(name))
                {
                    frontier.Add(name);
                }
            }
        }

        foreach (var unit in fileUnits)
        {
            Want(unit.Context.Wanted);
        }

        Want(index.All.Where(e => e.File.IsUserFile).Select(e => e.FullName));
        foreach (var unit in scopedUnits)
        {
            Want(unit.Context.Wanted);
        }

        var types = new List<TypeDef>();
        while (frontier.Count > 0)
        {
            var wave = frontier;
            frontier = new List<string>();
            foreach (var unit in units.Run(wave, (ctx, name) => MapType(ctx, index, name)))
            {
                if (unit.Value is { } type)
                {
                    types.Add(type);
                }

                Want(unit.Context.Wanted);
            }
        }

        var extensions = fileUnits.SelectMany(u => u.Value.Extensions).Concat(scopedUnits.SelectMany(u => u.Value))
            .DistinctBy(e => e.Id, StringComparer.Ordinal).OrderBy(e => e.Id, StringComparer.Ordinal).ToImmutableArray();
        return new ContractModel
        {
            Documents = fileUnits.Select(u => u.Value.Document).OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray(),
            Types = types.OrderBy(t => t.Id, StringComparer.Ordinal).ToImmutableArray(),
            Services = fileUnits.SelectMany(u => u.Value.Services).OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray(),
            ExtensionFields = extensions,
        };
    }

    private sealed record FileResult(SourceDocument Document, List<Service> Services, List<ExtensionField> Extensions);

    private static FileResult MapFile(MappingContext ctx, ProtoFile file)
    {
        var services = new List<Service>(file.Proto.Service.Count);
        for (var i = 0; i < file.Proto.Service.Count; i++)
        {
            services.Add(ServiceMapper.Map(ctx, file, i));
        }

        return new FileResult(FileMapper.Map(file), services, ExtensionMapper.Map(ctx, file).ToList());
    }

    /// <summary>The model type of a wanted name, or null for names that are no model type (unknown, map entries, well-known).</summary>
    private static TypeDef? MapType(MappingContext ctx, TypeIndex index, string name)
    {
        if (!index.TryGet(name, out var entry) || entry.IsMapEntry || WellKnownTypes.IsWellKnownOrNested(name))
        {
            return null;
        }

        TypeDef type = entry.Message is not null ? MessageMapper.Map(ctx, entry) : EnumMapper.Map(entry);
        if (entry.ParentFullName is { } parent)
        {
            ctx.Want(parent);
        }

        return type;
    }
}
