using ContractGen.Model;

namespace ContractGen.Readers;

/// <summary>A contract file found among the inputs, with its detected format.</summary>
/// <param name="Path">Full path on disk.</param>
/// <param name="Format">Detected format.</param>
/// <param name="FromFolder">The input folder it was found in (null when the file was named explicitly).</param>
public sealed record ContractFile(string Path, ContractFormat Format, string? FromFolder);

/// <summary>
/// Turns the inputs (files and folders) into contract files. A folder means every contract file in it, recursively,
/// sorted by path (ordinal); <c>node_modules</c>, <c>bin</c>, <c>obj</c> and <c>.git</c> are skipped, as are
/// JSON/YAML files that are not OpenAPI/AsyncAPI documents (schemas they reference, configuration files).
/// A file named explicitly must be a contract.
/// </summary>
public static class InputExpander
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "node_modules", "bin", "obj", ".git" };

    public static IReadOnlyList<ContractFile> Expand(IEnumerable<string> inputs, string baseDirectory, DiagnosticBag diagnostics)
    {
        var files = new List<ContractFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input, baseDirectory);
            if (File.Exists(full))
            {
                AddExplicit(full, files, seen, diagnostics);
            }
            else if (Directory.Exists(full))
            {
                AddFolder(full, files, seen, diagnostics);
            }
            else
            {
                diagnostics.Error(InputCodes.PathNotFound, "file or folder does not exist", new SourceSpan(full, 0, 0));
            }
        }

        return files;
    }

    private static void AddExplicit(string path, List<ContractFile> files, HashSet<string> seen, DiagnosticBag diagnostics)
    {
        var detection = TryDetect(path, diagnostics);
        if (detection is null)
        {
            return;
        }

        if (detection.Value.Format is { } format)
        {
            if (seen.Add(path))
            {
                files.Add(new ContractFile(path, format, null));
            }

            return;
        }

        var span = new SourceSpan(path, 1, 1);
        if (detection.Value.Unsupported is { } why)
        {
            diagnostics.Error(InputCodes.UnsupportedFormat, why, span);
        }
        else
        {
            diagnostics.Error(InputCodes.UnknownFormat,
                "not a contract: expected a .proto file, a .binpb descriptor set, or an OpenAPI/AsyncAPI document (JSON or YAML with a root 'openapi' or 'asyncapi' key)",
                span);
        }
    }

    private static void AddFolder(string folder, List<ContractFile> files, HashSet<string> seen, DiagnosticBag diagnostics)
    {
        var found = new List<string>();
        Walk(folder, found, diagnostics, isRoot: true);
        found.Sort((a, b) => string.CompareOrdinal(Relative(folder, a), Relative(folder, b)));
        var count = 0;
        foreach (var path in found)
        {
            var detection = TryDetect(path, diagnostics);
            if (detection?.Format is { } format)
            {
                count++;
                if (seen.Add(path))
                {
                    files.Add(new ContractFile(path, format, folder));
                }
            }
            else if (detection?.Unsupported is { } why)
            {
                count++;
                diagnostics.Error(InputCodes.UnsupportedFormat, why, new SourceSpan(path, 1, 1));
            }
        }

        if (count == 0)
        {
            diagnostics.Error(InputCodes.EmptyFolder, "folder holds no contract file (.proto, .binpb, OpenAPI or AsyncAPI)", new SourceSpan(folder, 0, 0));
        }
    }

    private static void Walk(string folder, List<string> found, DiagnosticBag diagnostics, bool isRoot)
    {
        var dir = new DirectoryInfo(folder);
        if (!isRoot && (SkippedFolders.Contains(dir.Name) || dir.LinkTarget is not null))
        {
            return;
        }

        try
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                if (FormatDetector.IsCandidateExtension(file))
                {
                    found.Add(file);
                }
            }

            foreach (var sub in Directory.EnumerateDirectories(folder))
            {
                Walk(sub, found, diagnostics, isRoot: false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(InputCodes.Unreadable, $"cannot read folder: {IoFailure.Reason(e)}", new SourceSpan(folder, 0, 0));
        }
    }

    private static Detection? TryDetect(string path, DiagnosticBag diagnostics)
    {
        try
        {
            return FormatDetector.Detect(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(InputCodes.Unreadable, $"cannot read file: {IoFailure.Reason(e)}", new SourceSpan(path, 0, 0));
            return null;
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
