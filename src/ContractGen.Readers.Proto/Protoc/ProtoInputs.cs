using ContractGen.Model;

namespace ContractGen.Readers.Proto.Protoc;

/// <summary>One .proto file to compile: where it is on disk, its import name, and the path as the user gave it.</summary>
public sealed record ProtoSourceFile(string FullPath, string VirtualName, string DisplayPath);

/// <summary>An include root: its full path and the text the user gave (for messages).</summary>
public sealed record IncludeRoot(string FullPath, string DisplayPath);

/// <summary>
/// The user's inputs sorted out: .proto files with their import names, include roots in protoc order
/// (explicit -I paths, then the folders of the inputs, then the bundled includes) and prebuilt descriptor sets.
/// </summary>
public sealed class ProtoInputs
{
    public List<ProtoSourceFile> ProtoFiles { get; } = new();

    public List<IncludeRoot> Roots { get; } = new();

    /// <summary>Prebuilt FileDescriptorSets (.binpb, .pb, .protoset), as given.</summary>
    public List<string> DescriptorSets { get; } = new();

    public static bool IsDescriptorSetPath(string path) =>
        path.EndsWith(".binpb", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".pb", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".protoset", StringComparison.OrdinalIgnoreCase);

    public static ProtoInputs Resolve(IReadOnlyList<string> paths, IReadOnlyList<string> includePaths, string? bundledInclude, DiagnosticBag diagnostics)
    {
        var inputs = new ProtoInputs();
        foreach (var inc in includePaths)
        {
            if (Directory.Exists(inc))
            {
                inputs.AddRoot(inc);
            }
            else
            {
                diagnostics.Warning(ProtoCodes.IncludePathNotFound, $"include path '{inc}' does not exist", new SourceSpan(inc, 0, 0));
            }
        }

        var explicitRoots = inputs.Roots.Count;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                inputs.AddFolder(path, diagnostics);
            }
            else if (!File.Exists(path))
            {
                diagnostics.Error(ProtoCodes.InputNotFound, "cannot read the file: not found", new SourceSpan(path, 0, 0));
            }
            else if (IsDescriptorSetPath(path))
            {
                inputs.DescriptorSets.Add(path);
            }
            else if (path.EndsWith(".proto", StringComparison.OrdinalIgnoreCase))
            {
                inputs.AddFile(path, explicitRoots);
            }
            else
            {
                diagnostics.Error(ProtoCodes.UnsupportedInput, $"not a .proto file or a descriptor set (.binpb, .pb): {path}", new SourceSpan(path, 0, 0));
            }
        }

        if (bundledInclude is not null && Directory.Exists(bundledInclude))
        {
            inputs.AddRoot(bundledInclude, "<bundled>");
        }

        return inputs;
    }

    private void AddFolder(string folder, DiagnosticBag diagnostics)
    {
        var root = AddRoot(folder);
        var files = Directory.EnumerateFiles(root.FullPath, "*.proto", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root.FullPath, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            diagnostics.Warning(ProtoCodes.EmptyFolder, $"no .proto file in folder {folder}", new SourceSpan(folder, 0, 0));
        }

        foreach (var rel in files)
        {
            Add(new ProtoSourceFile(Path.Combine(root.FullPath, rel), rel, Path.Combine(folder, rel).Replace('\\', '/')));
        }
    }

    private void AddFile(string path, int explicitRoots)
    {
        var full = Path.GetFullPath(path);
        var root = Roots.Take(explicitRoots).FirstOrDefault(r => IsUnder(full, r.FullPath))
                   ?? AddRoot(Path.GetDirectoryName(full)!);
        Add(new ProtoSourceFile(full, Path.GetRelativePath(root.FullPath, full).Replace('\\', '/'), path));
    }

    private void Add(ProtoSourceFile file)
    {
        if (!ProtoFiles.Exists(f => f.FullPath == file.FullPath))
        {
            ProtoFiles.Add(file);
        }
    }

    private IncludeRoot AddRoot(string path, string? display = null)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var existing = Roots.Find(r => r.FullPath == full);
        if (existing is not null)
        {
            return existing;
        }

        var root = new IncludeRoot(full, display ?? path);
        Roots.Add(root);
        return root;
    }

    private static bool IsUnder(string file, string folder) =>
        file.StartsWith(folder + Path.DirectorySeparatorChar, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
